import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { closestLanguage, LANGUAGES, textDirection, type Language } from '../../../main/core/shared/languages';
import en from './locales/en.json';
import historyEn from './locales/history.en.json';
import settingsEn from './locales/settings.en.json';
import welcomeEn from './locales/welcome.en.json';

export type UiLocale = Language;

/** The pseudo-locale's tag, as Android and Chromium name accented, lengthened English (see pseudoLocale.ts). */
export const PSEUDO_LOCALE = 'en-XA';
/** What a window can be shown in: a language people choose, or the pseudo-locale that tests and development force. */
export type ShownLocale = UiLocale | typeof PSEUDO_LOCALE;

/**
 * A language forced by the page's address, `?locale=en-XA` (or `de`, `en`): for tests and
 * development only. The main process never loads a window with a query, and the language setting
 * offers only real languages, so people never meet the pseudo-locale.
 */
export function forcedLocale(search: string): ShownLocale | null {
  const asked = new URLSearchParams(search).get('locale');
  return [...LANGUAGES, PSEUDO_LOCALE].find((locale): locale is ShownLocale => locale === asked) ?? null;
}

/**
 * The language i18next runs in. The pseudo-locale stands in for English under English's own code,
 * so everything that keys on the language (exercise texts, number and date formats) works unchanged.
 */
export const i18nextLanguage = (locale: ShownLocale): UiLocale => (locale === PSEUDO_LOCALE ? 'en' : locale);

/** The language i18next runs in, as one of ours (i18next's own tag may be a fallback such as "en"). */
export const uiLocaleOf = (language: string): UiLocale => closestLanguage([language]);

/** The language to show: an explicit choice, or else the closest to the OS's preferences (English when none is close). */
export const pickLocale = (preferred: readonly string[], override: UiLocale | null = null): UiLocale => override ?? closestLanguage(preferred);

type Messages = Record<string, unknown>;
/** The windows' own message files (`settings.fr.json` …): each sits under its window's name, beside the break window's. */
const WINDOW_PARTS = ['settings', 'history', 'welcome'] as const;

/**
 * Every language but English as chunks loaded on demand, one per file: a window starts with
 * English (the fallback of every message) and the one language it shows. The main process's
 * words and the glossaries are not the windows' business.
 */
const LOADERS = import.meta.glob<Messages>(['./locales/*.json', '!./locales/en.json', '!./locales/*.en.json', '!./locales/glossary.*.json', '!./locales/main.*.json'], { import: 'default' });

async function loaded(path: string): Promise<Messages> {
  const load = LOADERS[path];
  if (load === undefined) throw new Error(`no message file ${path}`);
  return load();
}

/** A language's messages merged as English's are: the break window's at the top, each other window's under its name. */
async function messagesOf(language: Exclude<UiLocale, 'en'>): Promise<Messages> {
  const [main, ...parts] = await Promise.all([loaded(`./locales/${language}.json`), ...WINDOW_PARTS.map((part) => loaded(`./locales/${part}.${language}.json`))]);
  return { ...main, ...Object.fromEntries(WINDOW_PARTS.map((part, index) => [part, parts[index]])) };
}

/** Makes sure `instance` has the language's messages, loading them the first time (before a change of language). */
export async function withLanguage(instance: i18n, language: UiLocale): Promise<void> {
  if (language === 'en' || instance.hasResourceBundle(language, 'translation')) return;
  instance.addResourceBundle(language, 'translation', await messagesOf(language));
}

/** The page's language and direction: screen readers pick the voice from `lang`, and Arabic is laid out from the right. */
export function applyDocumentLanguage(language: UiLocale, root: HTMLElement = document.documentElement): void {
  root.lang = language;
  root.dir = textDirection(language);
}

/** Every string goes through i18next with ICU message format (plurals, numbers). */
export async function createI18n(locale: ShownLocale): Promise<i18n> {
  const english = { ...en, settings: settingsEn, history: historyEn, welcome: welcomeEn };
  // Loaded only when asked for: the break window's first script stays as it was.
  const shownEnglish = locale === PSEUDO_LOCALE ? (await import('./pseudoLocale')).pseudoLocalize(english) : english;
  const instance = i18next.createInstance();
  await instance.use(ICU).use(initReactI18next).init({
    lng: i18nextLanguage(locale),
    fallbackLng: 'en',
    // One file per window keeps each window's strings together; all share one namespace.
    resources: { en: { translation: shownEnglish } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await withLanguage(instance, i18nextLanguage(locale));
  return instance;
}
