import { useEffect, useState } from 'react';
import englishTexts from '../../../assets/exercises/texts/en.json';
import type { ExerciseText } from '../../../main/core/exercises/exerciseSchema';
import type { UiLocale } from '../i18n/i18n';

type LibraryTexts = Readonly<Record<string, ExerciseText>>;

const english: LibraryTexts = englishTexts;

/**
 * The built-in library's texts (assets/exercises/texts/<language>.json), for the settings
 * window's list of exercises and the history window's sore ones. The break player never looks
 * here: everything it shows and times arrives with the session. English is at hand; each other
 * language is a chunk of its own, loaded when a window is shown in it (useExerciseTexts).
 */
const LOADERS = import.meta.glob<LibraryTexts>(['../../../assets/exercises/texts/*.json', '!../../../assets/exercises/texts/en.json'], { import: 'default' });
const loaded = new Map<UiLocale, LibraryTexts>([['en', english]]);

async function loadExerciseTexts(locale: UiLocale): Promise<void> {
  if (loaded.has(locale)) return;
  const load = LOADERS[`../../../assets/exercises/texts/${locale}.json`];
  if (load === undefined) return;
  loaded.set(locale, await load());
}

/** An exercise's text in the language, or in English where it has none (or has not arrived yet). */
export const exerciseText = (id: string, locale: UiLocale): ExerciseText | undefined => loaded.get(locale)?.[id] ?? english[id];

/** Loads the language's exercise texts for a window shown in it, and draws the window again once they are there. */
export function useExerciseTexts(locale: UiLocale): void {
  const [, arrived] = useState(0);
  const ready = loaded.has(locale);
  useEffect(() => {
    if (ready) return;
    let current = true;
    void loadExerciseTexts(locale)
      .then(() => current && arrived((count) => count + 1))
      .catch((error: unknown) => console.error('Breakwise could not load the exercise texts:', error));
    return () => {
      current = false;
    };
  }, [locale, ready]);
}
