import type { Session } from '../../preload/contract';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { buildRoutine } from '../../main/core/exercises/routineBuilder';

type ActiveSession = Extract<Session, { mode: 'notice' | 'break' }>;

/** Sessions the renderer tests show, at a fixed moment. */
export const TEST_NOW = Date.UTC(2026, 2, 2, 9, 0, 0);

export const noticeSession: ActiveSession = { mode: 'notice', kind: 'micro', untilWallMs: TEST_NOW + 30_000, canSnooze: true, canSkip: true, steps: [] };

/** A 30-second posture reset starting at TEST_NOW, planned by the core: two chin tucks, then rest. */
export const postureResetSession: ActiveSession = {
  mode: 'break',
  kind: 'micro',
  untilWallMs: TEST_NOW + 30_000,
  canSnooze: true,
  canSkip: true,
  steps: buildRoutine(builtInLibrary(), { kind: 'micro', durationSeconds: 30, positions: ['seated', 'standing'], excluded: [], lastExerciseId: null }),
};

/** Today's sitting so far at TEST_NOW (09:00 UTC): half an hour in. */
export const TEST_TODAY = { dateKey: '2026-03-02', activeSeconds: 1_800, longestSittingSeconds: 1_800 } as const;

/** Three minutes at the desk, planned by the core: neck presses (3 s into position, then 10-second presses, one per direction), shoulder squeezes, a walk. */
export const movementRoutineSession: ActiveSession = {
  ...postureResetSession,
  kind: 'routine',
  untilWallMs: TEST_NOW + 180_000,
  steps: buildRoutine(builtInLibrary(), { kind: 'routine', durationSeconds: 180, positions: ['seated', 'standing', 'walking'], excluded: [], lastExerciseId: 'seated-chin-tuck' }),
};
