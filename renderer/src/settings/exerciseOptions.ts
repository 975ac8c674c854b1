import library from '../../../assets/exercises/library.json';
import type { UiLocale } from '../i18n/i18n';
import { exerciseText } from '../exercises/libraryText';
import type { Option } from './settingsModel';

/** An exercise's title in the window's language; an id the library does not know is shown as it is. */
export const exerciseTitle = (id: string, locale: UiLocale): string => exerciseText(id, locale)?.title ?? id;

/**
 * The exercises that can be excluded: the library, in its order, without the positions the person
 * cannot use (a floor exercise is never offered while the floor is not allowed, so leaving it out
 * means nothing), plus any excluded id it does not know (left by another exercise pack), so that
 * one can be brought back too. Each known one comes with its drawing's id.
 */
export function exerciseOptions(locale: UiLocale, excluded: readonly string[], positions: readonly string[]): Option[] {
  const known = library.exercises.map((e) => e.id);
  const offered = library.exercises
    .filter((e) => positions.includes(e.position))
    .map((e) => ({ value: e.id, label: exerciseTitle(e.id, locale), illustration: e.illustration }));
  const unknown = excluded.filter((id) => !known.includes(id)).map((id) => ({ value: id, label: exerciseTitle(id, locale) }));
  return [...offered, ...unknown];
}
