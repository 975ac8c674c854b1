import type { ExerciseText } from '../../../main/core/exercises/exerciseSchema';
import type { PlannedExercise } from '../../../preload/contract';
import type { UiLocale } from '../i18n/i18n';

export type { ExerciseText };

/**
 * An exercise's texts in the window's language, as the session brought them; English where an
 * administrator's exercise pack has no text in that language.
 */
export const stepText = (step: PlannedExercise, locale: UiLocale): ExerciseText => step.text[locale] ?? step.text.en;
