import type { Session } from '../../preload/contract';

export type ActiveSession = Extract<Session, { mode: 'notice' | 'break' }>;
export type BreakKind = ActiveSession['kind'];
