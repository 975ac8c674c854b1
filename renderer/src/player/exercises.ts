import library from '../../../assets/exercises/library.json';
import type { ExerciseText } from '../../../main/core/exercises/exerciseSchema';
import type { PlannedExercise } from '../../../preload/contract';
import type { UiLocale } from '../i18n/i18n';

export type { ExerciseText };

/** An exercise's texts in the window's language, as the session brought them. */
export const stepText = (step: PlannedExercise, locale: UiLocale): ExerciseText => step.text[locale];

/**
 * The built-in library's texts, for the settings window's list of exercises. The break player
 * never looks here: everything it shows and times arrives with the session.
 */
const byId = new Map(library.exercises.map((e) => [e.id, e.text]));

export const exerciseText = (id: string, locale: UiLocale): ExerciseText | undefined => byId.get(id)?.[locale];
