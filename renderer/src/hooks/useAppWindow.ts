import { useEffect } from 'react';
import type { SettingsView } from '../../../preload/views';
import { useLanguageSetting } from '../i18n/useLanguageSetting';
import type { LiveValue } from './useLiveValue';

/** What every app window (settings, history, welcome) does: follow the language setting and name itself. */
export function useAppWindow(settings: LiveValue<SettingsView>, title: string): void {
  useLanguageSetting(settings.status === 'ready' ? settings.value : null);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
