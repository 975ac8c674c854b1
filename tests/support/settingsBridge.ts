import type { BreakwiseBridge, Reply } from '../../preload/contract';
import type { SettingsView } from '../../preload/views';
import type { PreferencesService } from '../../main/preferences/preferencesService';
import type { BusyProbe } from '../../main/busy/probe';

/**
 * The settings half of a test bridge, answered by the real preferences service (in memory):
 * the renderer tests see the same checks, refusals and sources the app gives.
 */
export type SettingsMethods = Pick<BreakwiseBridge, 'getSettings' | 'setSetting' | 'resetSetting' | 'dismissStorageNotice' | 'completeFirstRun' | 'onSettingsChanged' | 'getMeetingSignals'>;

/** What a GNOME desktop on X11 without a camera driver tells: a machine where some signals work and some cannot. */
export const TEST_MEETING_SIGNALS: BusyProbe = {
  presentation: 'works',
  fullscreen: 'works',
  'screen-share': 'unavailable',
  camera: 'works',
  microphone: 'unavailable',
  'do-not-disturb': 'works',
  inhibitor: 'works',
};

const reply = (outcome: SettingsView | string): Promise<Reply<SettingsView>> =>
  Promise.resolve(typeof outcome === 'string' ? { ok: false, error: outcome } : { ok: true, value: outcome });

export const settingsMethods = (service: PreferencesService, signals: BusyProbe = TEST_MEETING_SIGNALS): SettingsMethods => ({
  getMeetingSignals: () => Promise.resolve({ ok: true, value: signals }),
  getSettings: () => reply(service.view()),
  setSetting: ({ path, value }) => reply(service.set(path, value)),
  resetSetting: ({ path }) => reply(service.reset(path)),
  dismissStorageNotice: () => reply(service.dismissNotice()),
  completeFirstRun: ({ plan, startAtLogin }) => reply(service.completeFirstRun(plan, startAtLogin)),
  onSettingsChanged: (listener) => service.onChange((view) => listener(view)),
});
