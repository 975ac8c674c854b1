import type { SettingsView } from '../../preload/views';
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

/** Who acts on a settings change, besides the theme and the open windows. */
export interface SettingsFollowers {
  /** The engine (which keeps its sitting clock). */
  readonly engine: (settings: Settings) => void;
  /** Registers or removes Breakwise as a login item. */
  readonly startAtLogin: (open: boolean) => void;
  /** Everything else the main process shows: language, break displays. */
  readonly mainProcess: (settings: Settings) => void;
}

/**
 * Whether starting at login has been decided: by the person in the welcome, or by the
 * organization (an enforced StartAtLogin). Until then the default must not register Breakwise
 * behind the person's back, before the welcome has even asked.
 */
const loginItemDecided = (view: SettingsView): boolean => view.firstRunDone || view.sources.startAtLogin === 'enforced';

/**
 * Every setting applies live: a change reaches the engine, the theme, the login item, the main
 * process's own windows and tray, and every open window. The theme and (once decided) the login
 * item are applied at once at start; the login item again at every start, so it follows the
 * app to a new install path.
 */
export function followSettings(preferences: PreferencesService, api: Pick<ElectronApi, 'nativeTheme' | 'allWebContents'>, followers: SettingsFollowers): () => void {
  let current = preferences.settings;
  let loginItem: boolean | null = null;
  const applyLoginItem = (view: SettingsView, settings: Settings): void => {
    if (!loginItemDecided(view) || loginItem === settings.startAtLogin) return;
    loginItem = settings.startAtLogin;
    followers.startAtLogin(settings.startAtLogin);
  };
  api.nativeTheme.themeSource = current.appearance.theme;
  applyLoginItem(preferences.view(), current);
  return preferences.onChange((view, settings) => {
    followers.engine(settings);
    if (settings.appearance.theme !== current.appearance.theme) api.nativeTheme.themeSource = settings.appearance.theme;
    applyLoginItem(view, settings);
    followers.mainProcess(settings);
    current = settings;
    api.allWebContents().forEach((contents) => contents.send('settings:changed', view));
  });
}
