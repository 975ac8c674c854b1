import type { BreakKind } from '../settings';
import type { Exercise, Position } from './exerciseSchema';
import { exercisePhases, fitPhases, phasesSeconds, plannedExercise, squeezePhases, stretchPlan, type PlannedExercise } from './phasePlan';

/**
 * Which exercises a break contains, and the phase plan it plays. A posture reset (micro break)
 * is one desk exercise; a movement routine strings several together. Both rotate through the
 * library so the same exercise never comes back to back, skip exercises the person excluded (or
 * that hurt), and leave out floor work unless they said they can lie down. Whatever is chosen,
 * the phases add up to exactly the break's length (see phasePlan.ts).
 */
export interface RoutineRequest {
  readonly kind: BreakKind;
  /** The engine's length of the break; the plan lasts exactly this long. */
  readonly durationSeconds: number;
  readonly positions: readonly Position[];
  readonly excluded: readonly string[];
  /** The exercise that ended the previous break, so this one starts elsewhere. */
  readonly lastExerciseId: string | null;
}

/** A posture reset happens at the desk: seated or standing only. */
const MICRO_POSITIONS: readonly Position[] = ['seated', 'standing'];

/**
 * After the first exercise, one joins only with at least half of it (half its repetitions, or
 * half its walk or rest): a lone repetition after ten seconds of getting into position is not
 * worth the move. The first takes whatever fits.
 */
const LATER_EXERCISE_LEAST_SHARE = 0.5;
const FIRST_EXERCISE_LEAST_SHARE = 0;

/** Library order, starting just after the last exercise used. */
function rotation(eligible: readonly Exercise[], lastId: string | null): Exercise[] {
  const start = eligible.findIndex((e) => e.id === lastId) + 1;
  return [...eligible.slice(start), ...eligible.slice(0, start)].filter((e) => e.id !== lastId || eligible.length === 1);
}

/**
 * The break's exercises in order. Each in turn takes as much of the time left as the library
 * gives it (fewer sets or repetitions when less is left; one that does not fit is passed over,
 * except the first, which is squeezed into a break shorter than one repetition); what is left
 * over goes to the last walk or rest, or becomes a rest at the end. Empty only when no exercise
 * is eligible (or the break has no length).
 */
export function buildRoutine(library: readonly Exercise[], request: RoutineRequest): PlannedExercise[] {
  const allowed = request.kind === 'micro' ? request.positions.filter((p) => MICRO_POSITIONS.includes(p)) : request.positions;
  const eligible = library.filter((e) => allowed.includes(e.position) && !request.excluded.includes(e.id));
  const order = rotation(eligible, request.lastExerciseId);
  const candidates = request.kind === 'micro' ? order.slice(0, 1) : order;
  const plan: PlannedExercise[] = [];
  let leftSeconds = request.durationSeconds;
  for (const exercise of candidates) {
    if (leftSeconds <= 0) break;
    const first = plan.length === 0;
    const phases = fitPhases(exercise, leftSeconds, first ? FIRST_EXERCISE_LEAST_SHARE : LATER_EXERCISE_LEAST_SHARE) ?? (first ? squeezePhases(exercisePhases(exercise, 1, 1), leftSeconds) : null);
    if (phases === null || phases.length === 0) continue;
    plan.push(plannedExercise(exercise, phases));
    leftSeconds -= phasesSeconds(phases);
  }
  return stretchPlan(plan, leftSeconds);
}
