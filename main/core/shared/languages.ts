/**
 * The languages Breakwise speaks, for every side of the app: the language setting and its policy,
 * the windows, the tray and notifications, the exercise library and the Group Policy templates.
 * Every table keyed by language is a `Record<Language, …>`, so a language added here fails to
 * compile until each of them has it.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'pl', 'sv', 'ja', 'zh-CN', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language everything falls back to: the source of every translation. */
export const SOURCE_LANGUAGE: Language = 'en';

/** Each language by its own name, as the language setting offers it (the same in every language). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  nl: 'Nederlands',
  pl: 'Polski',
  sv: 'Svenska',
  ja: '日本語',
  'zh-CN': '简体中文',
  ar: 'العربية',
};

/** Languages written right to left: their windows are laid out from the right. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['ar']);

export const textDirection = (language: Language): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr');

const BY_LOWER_TAG = new Map(LANGUAGES.map((language) => [language.toLowerCase(), language] as const));
/** The one language we have for each base language ("pt" → Brazilian Portuguese, "zh" → Simplified Chinese). */
const BY_BASE = new Map(LANGUAGES.map((language) => [baseOf(language), language] as const));

function baseOf(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/**
 * The closest language to a person's preferences, in their order: the first tag we have exactly
 * ("pt-BR"), or else in another variety of its language ("pt-PT" → "pt-BR", "zh-TW" →
 * "zh-CN", "ar-EG" → "ar", "fr-CA" → "fr"), since a reader is closer to a sibling of their
 * language than to English. A preference we have nothing for gives way to the next one; English
 * when none matches. Tags are matched case-insensitively, with "_" read as "-" (POSIX locales).
 */
export function closestLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const exact = BY_LOWER_TAG.get(tag.toLowerCase().replace(/_/g, '-').split('.')[0] ?? '');
    if (exact !== undefined) return exact;
    const sibling = BY_BASE.get(baseOf(tag));
    if (sibling !== undefined) return sibling;
  }
  return SOURCE_LANGUAGE;
}

/** The setting that holds the language, as its path in the settings. */
export const LANGUAGE_SETTING_PATH = 'appearance.language';

/**
 * The language an option of a setting is written in, when the option is a language: the
 * language setting offers each by its own name in every window and in the Group Policy editor.
 */
export const optionLanguage = (settingPath: string | null, option: string): Language | undefined =>
  settingPath === LANGUAGE_SETTING_PATH && isLanguage(option) ? option : undefined;

/** What the language setting holds: a language, or "system" for the OS's preferences. */
export type LanguageChoice = 'system' | Language;

/** The language a choice means: the chosen one, or the closest to the OS's preferences. */
export const languageFor = (choice: LanguageChoice, systemPreferences: readonly string[]): Language =>
  choice === 'system' ? closestLanguage(systemPreferences) : choice;
