import i18next from 'i18next';
import ICU from 'i18next-icu';
import de from '../../renderer/src/i18n/locales/de.json';
import en from '../../renderer/src/i18n/locales/en.json';
import mainDe from '../../renderer/src/i18n/locales/main.de.json';
import mainEn from '../../renderer/src/i18n/locales/main.en.json';
import type { Settings } from '../core/settings';

/**
 * The main process's words — tray, OS notification, window titles, dialogs — from the same
 * locale files as the renderer, formatted the same way (i18next with ICU messages). Its own
 * messages sit under `main.` in `main.<lang>.json`; the shared ones (`kind.micro`, …) are the
 * renderer's.
 */

export const MAIN_LOCALES = ['en', 'de'] as const;
export type MainLocale = (typeof MAIN_LOCALES)[number];
export type LanguageSetting = Settings['appearance']['language'];

/** The person's choice, or else the first supported language among the OS's preferences; English otherwise (the renderer's rule). */
export function mainLocaleFor(setting: LanguageSetting, systemLanguages: readonly string[]): MainLocale {
  for (const tag of setting === 'system' ? systemLanguages : [setting, ...systemLanguages]) {
    const base = tag.toLowerCase().split('-')[0];
    const match = MAIN_LOCALES.find((locale) => locale === base);
    if (match !== undefined) return match;
  }
  return 'en';
}

export interface MainText {
  readonly locale: MainLocale;
  t(key: string, values?: Readonly<Record<string, unknown>>): string;
}

const RESOURCES = {
  en: { translation: { ...en, main: mainEn } },
  de: { translation: { ...de, main: mainDe } },
};

/** One language's messages, ready at once: the resources are bundled, so nothing loads later. */
export function createMainText(locale: MainLocale): MainText {
  const instance = i18next.createInstance();
  void instance.use(ICU).init({ lng: locale, fallbackLng: 'en', resources: RESOURCES, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  return { locale, t: (key, values) => String(instance.t(key, { ...values })) };
}
