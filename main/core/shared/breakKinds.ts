/**
 * The two kinds of break, for every side of the app: the engine's settings and effects, the
 * command line, the IPC contract and the windows.
 *   micro    a short posture reset (30 s by default)
 *   routine  a guided movement routine (3 minutes by default)
 */
export const BREAK_KINDS = ['micro', 'routine'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];
