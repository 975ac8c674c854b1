import { z } from 'zod';
import { exerciseIdSchema, exerciseTextsSchema, ILLUSTRATIONS, variationSchema, type Exercise } from './exerciseSchema';

/**
 * The phase plan: what a break window plays, second by second. It is made here, once, from the
 * library's timings and the break's length, so that its phases add up to exactly that length;
 * the break window plays it as it is, and its last phase ends when the engine ends the break.
 *
 *   position      getting into the starting position (every set starts with it)
 *   hold          holding still under tension (chin tuck, press, squeeze, head lift, nod)
 *   release       letting go after a hold and getting ready for the next one
 *   breathe-out   cat-cow: round the back on the out-breath
 *   breathe-in    cat-cow: let the belly sink on the in-breath
 *   walk          walking
 *   rest          a resting position (lying, child's pose, eyes on the distance), or resting
 *                 for what is left of the break after the last exercise
 */
export const PHASE_KINDS = ['position', 'hold', 'release', 'breathe-out', 'breathe-in', 'walk', 'rest'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const phaseSchema = z.strictObject({
  kind: z.enum(PHASE_KINDS),
  seconds: z.number().int().min(1),
  /** The repetition and the set of its exercise this phase belongs to, counted from 1. */
  repetition: z.number().int().min(1),
  set: z.number().int().min(1),
});
export type Phase = z.infer<typeof phaseSchema>;

/** One exercise of a break: everything the window shows of it, and its phases in order. */
export const plannedExerciseSchema = z.strictObject({
  exerciseId: exerciseIdSchema,
  illustration: z.enum(ILLUSTRATIONS),
  /** Every text, the cautions (shown while getting into position) and the variation's note included. */
  text: exerciseTextsSchema,
  /** A variation that is not a normal step (equipment, or only on a clinician's advice): an optional note. */
  variation: variationSchema.optional(),
  /** How many repetitions and sets this break does (at most the library's). */
  repetitions: z.number().int().min(1),
  sets: z.number().int().min(1),
  phases: z.array(phaseSchema).min(1),
});
export type PlannedExercise = z.infer<typeof plannedExerciseSchema>;

/** Walks and rests have no fixed length in the sources: they are what a break shortens or lengthens. */
const ELASTIC_KINDS: ReadonlySet<PhaseKind> = new Set(['walk', 'rest']);
const MIN_PHASE_SECONDS = 1;

export const phasesSeconds = (phases: readonly Phase[]): number => phases.reduce((sum, phase) => sum + phase.seconds, 0);

/** Seconds a planned break lasts. */
export const planSeconds = (plan: readonly PlannedExercise[]): number => plan.reduce((sum, step) => sum + phasesSeconds(step.phases), 0);

/** The phases of an exercise done `repetitions` times in each of `sets` sets, timed as the library says. */
export function exercisePhases(exercise: Exercise, repetitions: number, sets: number): Phase[] {
  const { timing } = exercise;
  const phases: Phase[] = [];
  for (let set = 1; set <= sets; set++) {
    const add = (kind: PhaseKind, seconds: number, repetition: number) => phases.push({ kind, seconds, repetition, set });
    add('position', timing.positionSeconds, 1);
    for (let repetition = 1; repetition <= repetitions; repetition++) {
      switch (timing.pattern) {
        case 'hold':
          if (repetition > 1) add('release', timing.releaseSeconds, repetition);
          add('hold', timing.holdSeconds, repetition);
          break;
        case 'breathe':
          add('breathe-out', timing.breatheOutSeconds, repetition);
          add('breathe-in', timing.breatheInSeconds, repetition);
          break;
        case 'walk':
          add('walk', timing.walkSeconds, repetition);
          break;
        case 'rest':
          add('rest', timing.restSeconds, repetition);
          break;
      }
    }
  }
  return phases;
}

/**
 * The exercise at its fullest within `seconds`: fewer sets first, then fewer repetitions, then a
 * shorter walk or rest, but no less than `leastShare` of its repetitions or of its walk or rest
 * (at least one repetition, one second); never more than the library says. Null when that does
 * not fit.
 */
export function fitPhases(exercise: Exercise, seconds: number, leastShare: number): Phase[] | null {
  for (let sets = exercise.sets; sets >= 1; sets--) {
    const phases = exercisePhases(exercise, exercise.repetitions, sets);
    if (phasesSeconds(phases) <= seconds) return phases;
  }
  const leastRepetitions = Math.max(1, Math.ceil(exercise.repetitions * leastShare));
  for (let repetitions = exercise.repetitions - 1; repetitions >= leastRepetitions; repetitions--) {
    const phases = exercisePhases(exercise, repetitions, 1);
    if (phasesSeconds(phases) <= seconds) return phases;
  }
  const once = exercisePhases(exercise, 1, 1);
  const last = once.at(-1);
  if (last === undefined || !ELASTIC_KINDS.has(last.kind)) return null;
  const shortened = last.seconds - (phasesSeconds(once) - seconds);
  return shortened >= Math.max(MIN_PHASE_SECONDS, Math.ceil(last.seconds * leastShare)) ? [...once.slice(0, -1), { ...last, seconds: shortened }] : null;
}

/**
 * `phases` cut down to exactly `seconds`, for a break shorter than one repetition: getting into
 * position and releasing shorten first, then the longest phases, none below a second; with less
 * than a second per phase, the first phases are left out.
 */
export function squeezePhases(phases: readonly Phase[], seconds: number): Phase[] {
  if (seconds <= 0) return [];
  const squeezed = phases.map((phase) => ({ ...phase }));
  let excess = phasesSeconds(squeezed) - seconds;
  const moves = squeezed.filter((phase) => phase.kind === 'position' || phase.kind === 'release');
  const longestFirst = [...squeezed].sort((a, b) => b.seconds - a.seconds);
  for (const phase of [...moves, ...longestFirst]) {
    const cut = Math.max(0, Math.min(excess, phase.seconds - MIN_PHASE_SECONDS));
    phase.seconds -= cut;
    excess -= cut;
  }
  return excess > 0 ? squeezed.slice(squeezed.length - seconds) : squeezed;
}

/** An exercise of the library with the phases this break gives it. */
export function plannedExercise(exercise: Exercise, phases: Phase[]): PlannedExercise {
  return {
    exerciseId: exercise.id,
    illustration: exercise.illustration,
    text: exercise.text,
    ...(exercise.variation === undefined ? {} : { variation: exercise.variation }),
    repetitions: Math.max(1, ...phases.map((phase) => phase.repetition)),
    sets: Math.max(1, ...phases.map((phase) => phase.set)),
    phases,
  };
}

/**
 * The plan lengthened by `seconds`, so that it lasts exactly as long as the break: its last walk
 * or rest takes them, or else they become a rest at the end of its last exercise.
 */
export function stretchPlan(plan: readonly PlannedExercise[], seconds: number): PlannedExercise[] {
  const stretched = plan.map((step) => ({ ...step, phases: step.phases.map((phase) => ({ ...phase })) }));
  if (seconds <= 0) return stretched;
  const elastic = stretched.flatMap((step) => step.phases).filter((phase) => ELASTIC_KINDS.has(phase.kind)).at(-1);
  if (elastic !== undefined) {
    elastic.seconds += seconds;
    return stretched;
  }
  const last = stretched.at(-1);
  const lastPhase = last?.phases.at(-1);
  if (lastPhase !== undefined) last?.phases.push({ kind: 'rest', seconds, repetition: lastPhase.repetition, set: lastPhase.set });
  return stretched;
}
