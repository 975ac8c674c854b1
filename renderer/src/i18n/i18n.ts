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
export async function createI18n(locale: UiLocale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(ICU).use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    // One file per window keeps each window's strings together; all share one namespace.
    resources: {
      en: { translation: { ...en, settings: settingsEn, history: historyEn, welcome: welcomeEn } },
      de: { translation: { ...de, settings: settingsDe, history: historyDe, welcome: welcomeDe } },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
