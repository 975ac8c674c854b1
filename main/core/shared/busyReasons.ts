/**
 * Why a break may wait: the signals of a meeting, a presentation or full-screen work, for the
 * engine, the settings and the settings window's list of what this computer can tell.
 */
export const BUSY_REASONS = ['presentation', 'fullscreen', 'screen-share', 'camera', 'microphone', 'do-not-disturb', 'inhibitor'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];
