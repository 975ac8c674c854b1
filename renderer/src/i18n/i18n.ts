import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';
import historyDe from './locales/history.de.json';
import historyEn from './locales/history.en.json';
import settingsDe from './locales/settings.de.json';
import settingsEn from './locales/settings.en.json';
import welcomeDe from './locales/welcome.de.json';
import welcomeEn from './locales/welcome.en.json';

export const SUPPORTED_LOCALES = ['en', 'de'] as const;
export type UiLocale = (typeof SUPPORTED_LOCALES)[number];

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
  return [...SUPPORTED_LOCALES, PSEUDO_LOCALE].find((locale): locale is ShownLocale => locale === asked) ?? null;
}

/**
 * The language i18next runs in. The pseudo-locale stands in for English under English's own code,
 * so everything that keys on the language (exercise texts, number and date formats) works unchanged.
 */
export const i18nextLanguage = (locale: ShownLocale): UiLocale => (locale === PSEUDO_LOCALE ? 'en' : locale);

/** The first supported language among the OS's preferences (or an explicit override); English otherwise. */
export function pickLocale(preferred: readonly string[], override: string | null = null): UiLocale {
  for (const tag of override === null ? preferred : [override, ...preferred]) {
    const base = tag.toLowerCase().split('-')[0];
    const match = SUPPORTED_LOCALES.find((l) => l === base);
    if (match !== undefined) return match;
  }
  return 'en';
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
    resources: {
      en: { translation: shownEnglish },
      de: { translation: { ...de, settings: settingsDe, history: historyDe, welcome: welcomeDe } },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
