import library from '../../../assets/exercises/library.json';
import type { UiLocale } from '../i18n/i18n';
import { exerciseText } from '../player/exercises';
import type { Option } from './settingsModel';

/** An exercise's title in the window's language; an id the library does not know is shown as it is. */
export const exerciseTitle = (id: string, locale: UiLocale): string => exerciseText(id, locale)?.title ?? id;

/**
 * The exercises that can be excluded: the whole library, in its order, plus any excluded id it
 * does not know (left by another exercise pack), so that one can be brought back too.
 */
export function exerciseOptions(locale: UiLocale, excluded: readonly string[]): Option[] {
  const known = library.exercises.map((e) => e.id);
  return [...known, ...excluded.filter((id) => !known.includes(id))].map((id) => ({ value: id, label: exerciseTitle(id, locale) }));
}
