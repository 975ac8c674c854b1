import library from '../../../assets/exercises/library.json';
import type { UiLocale } from '../i18n/i18n';
import type { ExerciseTiming } from './playerMachine';

/** The built-in library as the renderer reads it (validated against its schema by the tests). */
type LibraryExercise = (typeof library.exercises)[number];
export type ExerciseText = LibraryExercise['text']['en'] & { repetitionCues?: string[] };

const byId = new Map<string, LibraryExercise>(library.exercises.map((e) => [e.id, e]));

export const exerciseById = (id: string): LibraryExercise | undefined => byId.get(id);

export const exerciseText = (id: string, locale: UiLocale): ExerciseText | undefined => byId.get(id)?.text[locale] as ExerciseText | undefined;

export const exerciseTiming = (id: string): ExerciseTiming => {
  const e = byId.get(id);
  return { holdSeconds: e?.holdSeconds ?? 0, transitionSeconds: e?.transitionSeconds ?? 0 };
};
