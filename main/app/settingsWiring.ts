import type { Settings } from '../core/settings';
import type { Handlers } from '../ipc/validatedHandlers';
import type { ElectronApi } from '../platform/electronApi';
import type { PreferencesService } from '../preferences/preferencesService';

type SettingsChannels = 'settings:get' | 'settings:set' | 'settings:reset' | 'settings:dismissNotice' | 'firstRun:complete';

/** The settings window's channels, answered by the preferences service. */
export const settingsHandlers = (preferences: PreferencesService): Pick<Handlers, SettingsChannels> => ({
  'settings:get': () => preferences.view(),
  'settings:set': ({ path, value }) => preferences.set(path, value),
  'settings:reset': ({ path }) => preferences.reset(path),
  'settings:dismissNotice': () => preferences.dismissNotice(),
  'firstRun:complete': ({ plan, startAtLogin }) => preferences.completeFirstRun(plan, startAtLogin),
});

/**
 * A settings change reaches the engine (which keeps its sitting clock), the theme, and every
 * open window; the current theme is applied at once.
 */
export function followSettings(
  preferences: PreferencesService,
  api: Pick<ElectronApi, 'setThemeSource' | 'allWebContents'>,
  toEngine: (settings: Settings) => void,
  startAtLogin: (open: boolean) => void,
): () => void {
  let current = preferences.settings;
  api.setThemeSource(current.appearance.theme);
  startAtLogin(current.startAtLogin);
  return preferences.onChange((view, settings) => {
    toEngine(settings);
    if (settings.appearance.theme !== current.appearance.theme) api.setThemeSource(settings.appearance.theme);
    if (settings.startAtLogin !== current.startAtLogin) startAtLogin(settings.startAtLogin);
    current = settings;
    api.allWebContents().forEach((contents) => contents.send('settings:changed', view));
  });
}
