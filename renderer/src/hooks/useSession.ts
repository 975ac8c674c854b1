import type { Session } from '../../../preload/contract';
import type { BreakwiseBridge } from '../bridge';
import { useLiveValue, type LiveValue } from './useLiveValue';

/** The session this window shows: nothing, a notice or a break. */
export const useSession = (bridge: BreakwiseBridge): LiveValue<Session> => useLiveValue(bridge.getSession, bridge.onSessionChanged);
