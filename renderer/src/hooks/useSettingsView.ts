import type { SettingsView } from '../../../preload/views';
import type { BreakwiseBridge } from '../bridge';
import { useLiveValue, type LiveValue } from './useLiveValue';

/** The effective settings, with their sources and limits, kept current as they change anywhere. */
export const useSettingsView = (bridge: BreakwiseBridge): LiveValue<SettingsView> => useLiveValue(bridge.getSettings, bridge.onSettingsChanged);
