import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../preload/views';
import { applyDocumentLanguage, forcedLocale, i18nextLanguage, pickLocale, withLanguage, type ShownLocale } from './i18n';

export type LanguageSetting = SettingsView['values']['appearance']['language'];

/** What picks a window's language: the setting, and the OS's preferred languages as the main process read them. */
export type LanguageInputs = Pick<SettingsView, 'systemLanguages'> & { readonly values: Pick<SettingsView['values'], 'appearance'> };

/**
 * The OS's preferred languages: the main process's list, so that every window speaks the tray's
 * language; the page's own list only where no main process gave one (a browser in the tests).
 */
const preferredLanguages = (view: LanguageInputs): readonly string[] => (view.systemLanguages.length > 0 ? view.systemLanguages : navigator.languages);

/**
 * The language to show: the person's choice, or the OS's when they left it on "system" — unless
 * the page's address forces one (tests and development: see forcedLocale).
 */
export const localeFor = (view: LanguageInputs | null, search: string = window.location.search): ShownLocale => {
  const setting = view?.values.appearance.language ?? 'system';
  return forcedLocale(search) ?? pickLocale(view === null ? navigator.languages : preferredLanguages(view), setting === 'system' ? null : setting);
};

/**
 * Follows changes of the language setting while the window is open. The first value is the one
 * the window started in (main.tsx reads it before the first paint), so only changes act. A
 * language not shown before is loaded first, so the window never shows its keys; when the
 * setting changes again before that is done, only the newest change is applied.
 */
export function useLanguageSetting(view: LanguageInputs | null): void {
  const { i18n } = useTranslation();
  const seen = useRef<string | null>(null);
  const wanted = useRef<string | null>(null);
  const locale = view === null ? null : i18nextLanguage(localeFor(view));
  useEffect(() => {
    if (locale === null) return;
    const first = seen.current === null;
    const changed = seen.current !== locale;
    seen.current = locale;
    if (first || !changed) return;
    wanted.current = locale;
    void withLanguage(i18n, locale)
      .then(async () => {
        if (wanted.current !== locale) return;
        await i18n.changeLanguage(locale);
        applyDocumentLanguage(locale);
      })
      .catch((error: unknown) => console.error('Breakwise could not switch the language:', error));
  }, [i18n, locale]);
}
