import type { Session } from '../../preload/contract';

type ActiveSession = Extract<Session, { mode: 'notice' | 'break' }>;

/** Sessions the renderer tests show, at a fixed moment. */
export const TEST_NOW = Date.UTC(2026, 2, 2, 9, 0, 0);

export const noticeSession: ActiveSession = { mode: 'notice', kind: 'micro', untilWallMs: TEST_NOW + 30_000, canSnooze: true, canSkip: true, steps: [] };

export const postureResetSession: ActiveSession = {
  mode: 'break',
  kind: 'micro',
  untilWallMs: TEST_NOW + 30_000,
  canSnooze: true,
  canSkip: true,
  steps: [{ exerciseId: 'seated-chin-tuck', repetitions: 2, sets: 1, seconds: 26 }],
};

/** Today's sitting so far at TEST_NOW (09:00 UTC): half an hour in. */
export const TEST_TODAY = { dateKey: '2026-03-02', activeSeconds: 1_800, longestSittingSeconds: 1_800 } as const;
