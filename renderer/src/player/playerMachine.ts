import type { PhaseKind, PlannedExercise } from '../../../preload/contract';

/*
 * The break player plays the phases the main process planned, exactly as planned:
 *
 *   phase ──▶ phase ──▶ … ──▶ last phase of the last exercise ──▶ done   (at untilWallMs)
 *
 *   playing ── pause ⇄ resume        the place stands still while paused
 *   playing ── next ──▶ the first phase of the next exercise (after the last one: done)
 *   playing ── hurt ──▶ hurt (stops)
 *
 * Where it is comes from the wall clock, not from counting ticks: the plan starts its whole
 * length before `untilWallMs`, so a window that gets the session late, or a second display,
 * shows the same phase and ends on the same second as the engine's break. A pause holds the
 * place (the player then runs behind the plan), "next" jumps ahead of it.
 */

/** A break as the player plays it: the session's exercises and the engine's end of the break. */
export interface Routine {
  readonly steps: readonly PlannedExercise[];
  readonly untilWallMs: number;
}

/** Where in the plan the player stands: moving with the clock (offset from the plan's own time), or paused at a place. */
export type Place = { readonly paused: false; readonly offsetMs: number } | { readonly paused: true; readonly atMs: number };

export type PlayerState =
  | {
      readonly status: 'playing';
      readonly stepIndex: number;
      readonly phaseIndex: number;
      readonly phase: PhaseKind;
      readonly repetition: number;
      readonly set: number;
      /** Whole seconds left in this phase, rounded up. */
      readonly secondsLeft: number;
      /** Whole seconds of the plan behind the player (jumps on "next"). */
      readonly elapsedSeconds: number;
      readonly paused: boolean;
      /** Exercises left with "next" before their end. */
      readonly skippedSteps: number;
      readonly place: Place;
    }
  | { readonly status: 'done'; readonly completedSteps: number; readonly skippedSteps: number }
  | { readonly status: 'hurt'; readonly exerciseId: string; readonly completedSteps: number };

type Playing = Extract<PlayerState, { status: 'playing' }>;

/** Every event carries the wall-clock moment it happened. */
export type PlayerEvent = { readonly type: 'tick' | 'pause' | 'resume' | 'next' | 'hurt'; readonly nowWallMs: number };

const MS_PER_SECOND = 1000;

/** The whole plan's length in seconds, for the progress bar. */
export const totalSeconds = (routine: Routine): number =>
  routine.steps.reduce((sum, step) => sum + step.phases.reduce((stepSum, phase) => stepSum + phase.seconds, 0), 0);

/** When the plan's first phase began: its whole length before the break's end. */
const startWallMs = (routine: Routine): number => routine.untilWallMs - totalSeconds(routine) * MS_PER_SECOND;

/** Milliseconds into the plan at which exercise `stepIndex` starts. */
const stepStartMs = (routine: Routine, stepIndex: number): number => totalSeconds({ ...routine, steps: routine.steps.slice(0, stepIndex) }) * MS_PER_SECOND;

/** Milliseconds of the plan the wall clock says have passed. */
const clockMs = (routine: Routine, nowWallMs: number): number => nowWallMs - startWallMs(routine);

const placeMs = (routine: Routine, place: Place, nowWallMs: number): number => (place.paused ? place.atMs : clockMs(routine, nowWallMs) + place.offsetMs);

/** Moving on from `atMs` into the plan, as of `nowWallMs`. */
const movingFrom = (routine: Routine, atMs: number, nowWallMs: number): Place => ({ paused: false, offsetMs: atMs - clockMs(routine, nowWallMs) });

/** The state at `atMs` into the plan: its phase, or done once the plan has run out. */
function playingAt(routine: Routine, place: Place, atMs: number, skippedSteps: number): PlayerState {
  let phaseStartMs = 0;
  for (const [stepIndex, step] of routine.steps.entries()) {
    for (const [phaseIndex, phase] of step.phases.entries()) {
      const phaseEndMs = phaseStartMs + phase.seconds * MS_PER_SECOND;
      if (atMs < phaseEndMs) {
        const inPlanMs = Math.max(0, atMs);
        return {
          status: 'playing',
          stepIndex,
          phaseIndex,
          phase: phase.kind,
          repetition: phase.repetition,
          set: phase.set,
          secondsLeft: Math.ceil((phaseEndMs - inPlanMs) / MS_PER_SECOND),
          elapsedSeconds: Math.floor(inPlanMs / MS_PER_SECOND),
          paused: place.paused,
          skippedSteps,
          place,
        };
      }
      phaseStartMs = phaseEndMs;
    }
  }
  return { status: 'done', completedSteps: routine.steps.length - skippedSteps, skippedSteps };
}

/** The player as of `nowWallMs`: wherever the plan is by then (done, if the break is already over). */
export const startPlayer = (routine: Routine, nowWallMs: number): PlayerState => playingAt(routine, { paused: false, offsetMs: 0 }, clockMs(routine, nowWallMs), 0);

function next(routine: Routine, state: Playing, nowWallMs: number): PlayerState {
  const skippedSteps = state.skippedSteps + 1;
  const nextIndex = state.stepIndex + 1;
  if (nextIndex >= routine.steps.length) return { status: 'done', completedSteps: routine.steps.length - skippedSteps, skippedSteps };
  const atMs = stepStartMs(routine, nextIndex);
  return playingAt(routine, movingFrom(routine, atMs, nowWallMs), atMs, skippedSteps);
}

export function playerTransition(routine: Routine, state: PlayerState, event: PlayerEvent): PlayerState {
  if (state.status !== 'playing') return state;
  const now = event.nowWallMs;
  switch (event.type) {
    case 'tick':
      return playingAt(routine, state.place, placeMs(routine, state.place, now), state.skippedSteps);
    case 'pause': {
      if (state.paused) return state;
      const atMs = placeMs(routine, state.place, now);
      return playingAt(routine, { paused: true, atMs }, atMs, state.skippedSteps);
    }
    case 'resume': {
      if (!state.paused) return state;
      const atMs = placeMs(routine, state.place, now);
      return playingAt(routine, movingFrom(routine, atMs, now), atMs, state.skippedSteps);
    }
    case 'next':
      return next(routine, state, now);
    case 'hurt':
      return { status: 'hurt', exerciseId: routine.steps[state.stepIndex]?.exerciseId ?? '', completedSteps: state.stepIndex - state.skippedSteps };
  }
}

/**
 * Milliseconds from `nowWallMs` until what the player shows next changes (the plan's next whole
 * second), or null when nothing will: paused, or the plan is over.
 */
export function msUntilNextSecond(routine: Routine, place: Place, nowWallMs: number): number | null {
  if (place.paused) return null;
  const atMs = placeMs(routine, place, nowWallMs);
  if (atMs >= totalSeconds(routine) * MS_PER_SECOND) return null;
  if (atMs < 0) return -atMs;
  return MS_PER_SECOND - (atMs % MS_PER_SECOND);
}
