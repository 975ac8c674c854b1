import type { BreakKind } from '../settings';
import type { Exercise, Position } from './exerciseSchema';

/**
 * Which exercises a break contains. A posture reset (micro break) is one desk exercise trimmed
 * to the break's length; a movement routine strings several together up to its length. Both
 * rotate through the library so the same exercise never comes back to back, skip exercises the
 * person excluded (or that hurt), and leave out floor work unless they said they can lie down.
 */
export interface RoutineStep {
  readonly exerciseId: string;
  readonly repetitions: number;
  readonly sets: number;
  readonly seconds: number;
}

export interface RoutineRequest {
  readonly kind: BreakKind;
  readonly targetSeconds: number;
  readonly positions: readonly Position[];
  readonly excluded: readonly string[];
  /** The exercise that ended the previous break, so this one starts elsewhere. */
  readonly lastExerciseId: string | null;
}

/** A posture reset happens at the desk: seated or standing only. */
const MICRO_POSITIONS: readonly Position[] = ['seated', 'standing'];

const perRepetitionSeconds = (e: Exercise): number => Math.max(1, e.holdSeconds + e.transitionSeconds);

/** The exercise scaled down (never up) to fit `seconds`: fewer sets first, then fewer repetitions. */
function fitted(e: Exercise, seconds: number): RoutineStep {
  const rep = perRepetitionSeconds(e);
  const sets = Math.max(1, Math.min(e.sets, Math.floor(seconds / (rep * e.repetitions))));
  const repetitions = sets > 1 ? e.repetitions : Math.max(1, Math.min(e.repetitions, Math.floor(seconds / rep)));
  return { exerciseId: e.id, repetitions, sets, seconds: sets * repetitions * rep };
}

/** Library order, starting just after the last exercise used. */
function rotation(eligible: readonly Exercise[], lastId: string | null): Exercise[] {
  const start = eligible.findIndex((e) => e.id === lastId) + 1;
  return [...eligible.slice(start), ...eligible.slice(0, start)].filter((e) => e.id !== lastId || eligible.length === 1);
}

export function buildRoutine(library: readonly Exercise[], request: RoutineRequest): RoutineStep[] {
  const allowed = request.kind === 'micro' ? request.positions.filter((p) => MICRO_POSITIONS.includes(p)) : request.positions;
  const eligible = library.filter((e) => allowed.includes(e.position) && !request.excluded.includes(e.id));
  const order = rotation(eligible, request.lastExerciseId);
  const first = order[0];
  if (first === undefined) return [];
  if (request.kind === 'micro') return [fitted(first, request.targetSeconds)];
  const steps: RoutineStep[] = [];
  let left = request.targetSeconds;
  for (const exercise of order) {
    if (left <= 0) break;
    const step = fitted(exercise, left);
    steps.push(step);
    left -= step.seconds;
  }
  return steps;
}

/** Seconds a built routine takes. */
export const routineSeconds = (steps: readonly RoutineStep[]): number => steps.reduce((sum, s) => sum + s.seconds, 0);
