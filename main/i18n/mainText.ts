import i18next from 'i18next';
import ICU from 'i18next-icu';
import ar from '../../renderer/src/i18n/locales/ar.json';
import de from '../../renderer/src/i18n/locales/de.json';
import en from '../../renderer/src/i18n/locales/en.json';
import es from '../../renderer/src/i18n/locales/es.json';
import fr from '../../renderer/src/i18n/locales/fr.json';
import it from '../../renderer/src/i18n/locales/it.json';
import ja from '../../renderer/src/i18n/locales/ja.json';
import nl from '../../renderer/src/i18n/locales/nl.json';
import pl from '../../renderer/src/i18n/locales/pl.json';
import ptBR from '../../renderer/src/i18n/locales/pt-BR.json';
import sv from '../../renderer/src/i18n/locales/sv.json';
import zhCN from '../../renderer/src/i18n/locales/zh-CN.json';
import mainAr from '../../renderer/src/i18n/locales/main.ar.json';
import mainDe from '../../renderer/src/i18n/locales/main.de.json';
import mainEn from '../../renderer/src/i18n/locales/main.en.json';
import mainEs from '../../renderer/src/i18n/locales/main.es.json';
import mainFr from '../../renderer/src/i18n/locales/main.fr.json';
import mainIt from '../../renderer/src/i18n/locales/main.it.json';
import mainJa from '../../renderer/src/i18n/locales/main.ja.json';
import mainNl from '../../renderer/src/i18n/locales/main.nl.json';
import mainPl from '../../renderer/src/i18n/locales/main.pl.json';
import mainPtBR from '../../renderer/src/i18n/locales/main.pt-BR.json';
import mainSv from '../../renderer/src/i18n/locales/main.sv.json';
import mainZhCN from '../../renderer/src/i18n/locales/main.zh-CN.json';
import type { Language } from '../core/shared/languages';
import type { Settings } from '../core/settings';

/**
 * The main process's words — tray, OS notification, window titles, dialogs — from the same
 * locale files as the renderer, formatted the same way (i18next with ICU messages). Its own
 * messages sit under `main.` in `main.<lang>.json`; the shared ones (`kind.micro`, …) are the
 * renderer's.
 */

export type MainLocale = Language;
export type LanguageSetting = Settings['appearance']['language'];

export interface MainText {
  readonly locale: MainLocale;
  t(key: string, values?: Readonly<Record<string, unknown>>): string;
}

const RESOURCES: Readonly<Record<Language, { translation: object }>> = {
  ar: { translation: { ...ar, main: mainAr } },
  de: { translation: { ...de, main: mainDe } },
  en: { translation: { ...en, main: mainEn } },
  es: { translation: { ...es, main: mainEs } },
  fr: { translation: { ...fr, main: mainFr } },
  it: { translation: { ...it, main: mainIt } },
  ja: { translation: { ...ja, main: mainJa } },
  nl: { translation: { ...nl, main: mainNl } },
  pl: { translation: { ...pl, main: mainPl } },
  'pt-BR': { translation: { ...ptBR, main: mainPtBR } },
  sv: { translation: { ...sv, main: mainSv } },
  'zh-CN': { translation: { ...zhCN, main: mainZhCN } },
};

/** One language's messages, ready at once: the resources are bundled, so nothing loads later. */
export function createMainText(locale: MainLocale): MainText {
  const instance = i18next.createInstance();
  void instance.use(ICU).init({ lng: locale, fallbackLng: 'en', resources: RESOURCES, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  return { locale, t: (key, values) => String(instance.t(key, { ...values })) };
}
