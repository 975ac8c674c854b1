import type { ExerciseText } from '../../../main/core/exercises/exerciseSchema';
import type { UiLocale } from '../i18n/i18n';

type LibraryTexts = Readonly<Record<string, ExerciseText>>;

/**
 * The built-in library's texts (assets/exercises/texts/<language>.json), for the settings
 * window's list of exercises and the history window's sore ones. The break player never looks
 * here: everything it shows and times arrives with the session. Only those two windows (loaded on
 * demand) carry these files; tests/exercises/library.test.ts checks every language has its own.
 */
const TEXTS = import.meta.glob<LibraryTexts>('../../../assets/exercises/texts/*.json', { eager: true, import: 'default' });

const textsOf = (locale: UiLocale): LibraryTexts | undefined => TEXTS[`../../../assets/exercises/texts/${locale}.json`];

/** An exercise's text in the language, or in English where the library has none. */
export const exerciseText = (id: string, locale: UiLocale): ExerciseText | undefined => textsOf(locale)?.[id] ?? textsOf('en')?.[id];
