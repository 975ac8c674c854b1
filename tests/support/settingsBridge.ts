import type { BreakwiseBridge, Reply } from '../../preload/contract';
import type { SettingsView } from '../../preload/views';
import type { PreferencesService } from '../../main/preferences/preferencesService';

/**
 * The settings half of a test bridge, answered by the real preferences service (in memory):
 * the renderer tests see the same checks, refusals and sources the app gives.
 */
export type SettingsMethods = Pick<BreakwiseBridge, 'getSettings' | 'setSetting' | 'resetSetting' | 'dismissStorageNotice' | 'completeFirstRun' | 'onSettingsChanged'>;

const reply = (outcome: SettingsView | string): Promise<Reply<SettingsView>> =>
  Promise.resolve(typeof outcome === 'string' ? { ok: false, error: outcome } : { ok: true, value: outcome });

export const settingsMethods = (service: PreferencesService): SettingsMethods => ({
  getSettings: () => reply(service.view()),
  setSetting: ({ path, value }) => reply(service.set(path, value)),
  resetSetting: ({ path }) => reply(service.reset(path)),
  dismissStorageNotice: () => reply(service.dismissNotice()),
  completeFirstRun: ({ plan, startAtLogin }) => reply(service.completeFirstRun(plan, startAtLogin)),
  onSettingsChanged: (listener) => service.onChange((view) => listener(view)),
});
