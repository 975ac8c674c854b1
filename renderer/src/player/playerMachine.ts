import type { RoutineStepView } from '../../../preload/contract';

/*
 * The break player, one exercise at a time:
 *
 *   move (get into position, transitionSeconds) ──▶ hold (holdSeconds) ──▶ next repetition ─┐
 *     ▲                                                                                   │
 *     └──────────────── next set, next exercise ◀─────────────────────────────────────────┘
 *                                   │ after the last exercise
 *                                   ▼
 *                                 done
 *   any ── pause ⇄ resume;  any ── next ──▶ next exercise;  any ── hurt ──▶ hurt (stops)
 */

/** What the player needs to know about an exercise's timing. */
export interface ExerciseTiming {
  readonly holdSeconds: number;
  readonly transitionSeconds: number;
}

export type Phase = 'move' | 'hold';

export type PlayerState =
  | {
      readonly status: 'playing';
      readonly stepIndex: number;
      readonly set: number;
      readonly repetition: number;
      readonly phase: Phase;
      readonly secondsLeft: number;
      readonly paused: boolean;
      readonly elapsedSeconds: number;
    }
  | { readonly status: 'done'; readonly completedSteps: number }
  | { readonly status: 'hurt'; readonly exerciseId: string; readonly completedSteps: number };

export type PlayerEvent = { type: 'tick' } | { type: 'pause' } | { type: 'resume' } | { type: 'next' } | { type: 'hurt' };

export interface Routine {
  readonly steps: readonly RoutineStepView[];
  readonly timingOf: (exerciseId: string) => ExerciseTiming;
}

const MIN_PHASE_SECONDS = 1;

function phaseSeconds(routine: Routine, stepIndex: number, phase: Phase): number {
  const step = routine.steps[stepIndex];
  if (step === undefined) return 0;
  const timing = routine.timingOf(step.exerciseId);
  return phase === 'move' ? Math.max(MIN_PHASE_SECONDS, timing.transitionSeconds) : timing.holdSeconds;
}

function startStep(routine: Routine, stepIndex: number, elapsedSeconds: number): PlayerState {
  if (stepIndex >= routine.steps.length) return { status: 'done', completedSteps: routine.steps.length };
  return { status: 'playing', stepIndex, set: 1, repetition: 1, phase: 'move', secondsLeft: phaseSeconds(routine, stepIndex, 'move'), paused: false, elapsedSeconds };
}

export const startPlayer = (routine: Routine): PlayerState => startStep(routine, 0, 0);

/** After a phase ends: hold after moving (if the exercise holds), else the next repetition, set or exercise. */
function advancePhase(routine: Routine, state: Extract<PlayerState, { status: 'playing' }>): PlayerState {
  const step = routine.steps[state.stepIndex];
  if (step === undefined) return { status: 'done', completedSteps: routine.steps.length };
  const holdSeconds = phaseSeconds(routine, state.stepIndex, 'hold');
  if (state.phase === 'move' && holdSeconds > 0) return { ...state, phase: 'hold', secondsLeft: holdSeconds };
  const move = { phase: 'move' as const, secondsLeft: phaseSeconds(routine, state.stepIndex, 'move') };
  if (state.repetition < step.repetitions) return { ...state, ...move, repetition: state.repetition + 1 };
  if (state.set < step.sets) return { ...state, ...move, set: state.set + 1, repetition: 1 };
  return startStep(routine, state.stepIndex + 1, state.elapsedSeconds);
}

export function playerTransition(routine: Routine, state: PlayerState, event: PlayerEvent): PlayerState {
  if (state.status !== 'playing') return state;
  switch (event.type) {
    case 'pause':
      return { ...state, paused: true };
    case 'resume':
      return { ...state, paused: false };
    case 'next':
      return startStep(routine, state.stepIndex + 1, state.elapsedSeconds);
    case 'hurt':
      return { status: 'hurt', exerciseId: routine.steps[state.stepIndex]?.exerciseId ?? '', completedSteps: state.stepIndex };
    case 'tick': {
      if (state.paused) return state;
      const ticked = { ...state, secondsLeft: state.secondsLeft - 1, elapsedSeconds: state.elapsedSeconds + 1 };
      return ticked.secondsLeft > 0 ? ticked : advancePhase(routine, ticked);
    }
  }
}

/** The whole routine's length in seconds, for the progress bar. */
export const totalSeconds = (routine: Routine): number =>
  routine.steps.reduce((sum, step) => {
    const t = routine.timingOf(step.exerciseId);
    return sum + step.sets * step.repetitions * (Math.max(MIN_PHASE_SECONDS, t.transitionSeconds) + t.holdSeconds);
  }, 0);
