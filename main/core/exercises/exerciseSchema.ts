import { z } from 'zod';

/**
 * The exercise library's format. The built-in library (assets/exercises/library.json) and any
 * pack an administrator supplies are validated against it, at build time, in the tests and on
 * load. Every text exists in each supported language.
 */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

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

const exerciseText = z.strictObject({
  title: z.string().trim().min(2).max(60),
  /** What the exercise is for, in one sentence. */
  purpose: sentence,
  /** One instruction per step, in order; short enough to read at a glance. */
  steps: z.array(sentence).min(1).max(6),
  /** Optional labels for each repetition (e.g. the four directions of an isometric hold). */
  repetitionCues: z.array(z.string().trim().min(1).max(40)).max(8).optional(),
  /** When not to do it, or to stop. */
  cautions: z.array(sentence).max(4),
});

export const exerciseSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be lower-case words joined by hyphens'),
    position: z.enum(POSITIONS),
    illustration: z.enum(ILLUSTRATIONS),
    view: z.enum(['side', 'front']),
    /** Seconds each repetition is held (0 for a movement that is not held). */
    holdSeconds: z.number().int().min(0).max(300),
    repetitions: z.number().int().min(1).max(20),
    sets: z.number().int().min(1).max(5),
    /** How often a day the source material suggests doing it. */
    timesPerDay: z.number().int().min(1).max(12),
    /** Rough seconds a repetition takes besides its hold (moving into and out of the position). */
    transitionSeconds: z.number().int().min(0).max(30),
    /** Needs a light elastic band (optional equipment). */
    optionalBand: z.boolean().default(false),
    text: z.strictObject({ en: exerciseText, de: exerciseText }),
  })
  .superRefine((exercise, ctx) => {
    for (const locale of LOCALES) {
      const cues = exercise.text[locale].repetitionCues;
      if (cues !== undefined && cues.length !== exercise.repetitions) {
        ctx.addIssue({ code: 'custom', path: ['text', locale, 'repetitionCues'], message: 'needs one cue per repetition' });
      }
    }
    if (exercise.text.en.steps.length !== exercise.text.de.steps.length) {
      ctx.addIssue({ code: 'custom', path: ['text', 'de', 'steps'], message: 'must have as many steps as the English text' });
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

/** Seconds one full exercise takes: every set of every repetition, held and moved into. */
export const exerciseSeconds = (e: Exercise): number => e.sets * e.repetitions * (e.holdSeconds + e.transitionSeconds);
