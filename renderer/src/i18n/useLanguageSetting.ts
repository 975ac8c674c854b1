import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../preload/views';
import { applyDocumentLanguage, forcedLocale, i18nextLanguage, pickLocale, withLanguage, type ShownLocale } from './i18n';

export type LanguageSetting = SettingsView['values']['appearance']['language'];

/**
 * The language to show: the person's choice, or the OS's when they left it on "system" — unless
 * the page's address forces one (tests and development: see forcedLocale).
 */
export const localeFor = (setting: LanguageSetting, preferred: readonly string[], search: string = window.location.search): ShownLocale =>
  forcedLocale(search) ?? pickLocale(preferred, setting === 'system' ? null : setting);

/**
 * Follows changes of the language setting while the window is open. The first value is the one
 * the window started in (main.tsx reads it before the first paint), so only changes act.
 */
export function useLanguageSetting(setting: LanguageSetting | null): void {
  const { i18n } = useTranslation();
  const seen = useRef<LanguageSetting | null>(null);
  useEffect(() => {
    if (setting === null) return;
    const first = seen.current === null;
    const changed = seen.current !== setting;
    seen.current = setting;
    if (first || !changed) return;
    const locale = i18nextLanguage(localeFor(setting, navigator.languages));
    // A language not shown before is loaded first, so the window never shows its keys.
    void withLanguage(i18n, locale)
      .then(() => i18n.changeLanguage(locale))
      .then(() => applyDocumentLanguage(locale))
      .catch((error: unknown) => console.error('Breakwise could not switch the language:', error));
  }, [i18n, setting]);
}
