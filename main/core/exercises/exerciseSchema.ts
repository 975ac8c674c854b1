import { z } from 'zod';
import { exerciseIdSchema } from '../shared/exerciseId';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../shared/languages';

/**
 * The exercise library's format. The built-in library (assets/exercises/library.json, with its
 * texts from assets/exercises/texts/<language>.json: see builtInLibrary) and any pack an
 * administrator supplies are validated against it, in the tests and on load. Every text exists in
 * English; a pack may leave other languages out, and they show the English (the built-in library
 * has every language: tests/exercises/library.test.ts).
 */

export const POSITIONS = ['seated', 'standing', 'walking', 'floor'] as const;
export type Position = (typeof POSITIONS)[number];

/** The drawings the renderer can animate; each shows a start and an end position. */
export const ILLUSTRATIONS = [
  'chin-tuck',
  'neck-isometric',
  'shoulder-squeeze',
  'walk-tall',
  'elbow-head-lift',
  'prone-head-lift',
  'supine-nod',
  'supine-rest',
  'cat-cow',
  'childs-pose',
  'eye-rest',
  'short-walk',
] as const;

const sentence = z.string().trim().min(2).max(240);

export const exerciseTextSchema = z.strictObject({
  title: z.string().trim().min(2).max(60),
  /** What the exercise is for, in one sentence. */
  purpose: sentence,
  /** One instruction per step, in order; short enough to read at a glance. */
  steps: z.array(sentence).min(1).max(6),
  /** Optional labels for each repetition (e.g. the four directions of an isometric hold). */
  repetitionCues: z.array(z.string().trim().min(1).max(40)).max(8).optional(),
  /** When not to do it, or to stop; shown while the person gets into position, before the exercise starts. */
  cautions: z.array(sentence).max(4),
  /** The exercise's variation (see `variation` below), in this language: a note, never a step. */
  variation: sentence.optional(),
});
export type ExerciseText = z.infer<typeof exerciseTextSchema>;

/** Every text of an exercise: English, and any other language Breakwise speaks. */
export const exerciseTextsSchema = z.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language, language === SOURCE_LANGUAGE ? exerciseTextSchema : exerciseTextSchema.optional()])) as {
    en: typeof exerciseTextSchema;
  } & Record<Exclude<Language, 'en'>, z.ZodOptional<typeof exerciseTextSchema>>,
);

/** One phase as the library times it, in whole seconds. */
const phaseSeconds = (max: number) => z.number().int().min(1).max(max);
const positionSeconds = phaseSeconds(30);

/**
 * How an exercise is paced, in the sources' own terms. Each set starts by getting into position;
 * then, per repetition: a hold (with a release before every hold but the first), a breath out and
 * a breath in (cat-cow), a walk, or a rest. Walks and rests have no fixed length in the sources,
 * so a break may shorten or lengthen them; holds keep their seconds.
 */
export const timingSchema = z.discriminatedUnion('pattern', [
  z.strictObject({ pattern: z.literal('hold'), positionSeconds, holdSeconds: phaseSeconds(60), releaseSeconds: phaseSeconds(30) }),
  z.strictObject({ pattern: z.literal('breathe'), positionSeconds, breatheOutSeconds: phaseSeconds(15), breatheInSeconds: phaseSeconds(15) }),
  z.strictObject({ pattern: z.literal('walk'), positionSeconds, walkSeconds: phaseSeconds(600) }),
  z.strictObject({ pattern: z.literal('rest'), positionSeconds, restSeconds: phaseSeconds(600) }),
]);
export type ExerciseTiming = z.infer<typeof timingSchema>;

/** What a variation needs: equipment, and whether only a clinician's advice makes it right. */
export const variationSchema = z.strictObject({
  equipment: z.enum(['band']).optional(),
  needsAdvice: z.boolean(),
});
export type Variation = z.infer<typeof variationSchema>;

export { exerciseIdSchema };

export const exerciseSchema = z
  .strictObject({
    id: exerciseIdSchema,
    position: z.enum(POSITIONS),
    illustration: z.enum(ILLUSTRATIONS),
    view: z.enum(['side', 'front']),
    timing: timingSchema,
    repetitions: z.number().int().min(1).max(20),
    sets: z.number().int().min(1).max(5),
    /** How often a day the source material suggests doing it. */
    timesPerDay: z.number().int().min(1).max(12),
    /**
     * A way to do it that is not a normal step: it needs equipment, or only a doctor's or
     * physiotherapist's advice makes it right for someone (the shoulder squeeze with a band). The
     * break shows it as an optional note beside the steps, with its text from each language.
     */
    variation: variationSchema.optional(),
    text: exerciseTextsSchema,
  })
  .superRefine((exercise, ctx) => {
    const { pattern } = exercise.timing;
    if ((pattern === 'walk' || pattern === 'rest') && (exercise.repetitions !== 1 || exercise.sets !== 1)) {
      ctx.addIssue({ code: 'custom', path: ['repetitions'], message: `a ${pattern} is done once: one repetition, one set` });
    }
    for (const language of LANGUAGES) {
      const text = exercise.text[language];
      if (text === undefined) continue;
      const cues = text.repetitionCues;
      if (cues !== undefined && cues.length !== exercise.repetitions) {
        ctx.addIssue({ code: 'custom', path: ['text', language, 'repetitionCues'], message: 'needs one cue per repetition' });
      }
      if ((exercise.variation === undefined) !== (text.variation === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['text', language, 'variation'], message: 'a variation needs its text in every language, and a text needs its variation' });
      }
      if (text.steps.length !== exercise.text.en.steps.length) {
        ctx.addIssue({ code: 'custom', path: ['text', language, 'steps'], message: 'must have as many steps as the English text' });
      }
    }
  });
export type Exercise = z.infer<typeof exerciseSchema>;

export const librarySchema = z
  .strictObject({ version: z.literal(1), exercises: z.array(exerciseSchema).min(1) })
  .superRefine((library, ctx) => {
    const seen = new Set<string>();
    library.exercises.forEach((exercise, i) => {
      if (seen.has(exercise.id)) ctx.addIssue({ code: 'custom', path: ['exercises', i, 'id'], message: `duplicate id "${exercise.id}"` });
      seen.add(exercise.id);
    });
  });
export type ExerciseLibrary = z.infer<typeof librarySchema>;
