import FakeTimers from '@sinonjs/fake-timers';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../main/core/shared/languages';
import { createScheduleTimers } from '../../main/adapters/scheduleTimers';
import Conf from 'conf';
import { openAppDocuments, type AppDocuments } from '../../main/store/documents/appDocuments';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { runBreakwise, type RunningBreakwise } from '../../main/app/runBreakwise';
import { DEFAULT_SETTINGS, type Settings } from '../../main/core/settings';
import { memoryPolicy, NO_POLICY, type PolicyLayers } from '../../main/preferences/livePolicy';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { chooseIdleSource } from '../../main/power/idleDetection';
import { SETTING_FIELDS } from '../../main/core/preferences/settingFields';
import { getAtPath } from '../../main/core/preferences/settingPaths';
import type { IdleSource } from '../../main/core/ports';
import type { BusyReason, BusySource, ImmediateBusySource } from '../../main/core/busy';
import type { Session } from '../../preload/contract';

/** The parts of a language's main-process words (renderer/src/i18n/locales/main.<language>.json) these tests read. */
interface MainWords {
  tray: { tooltip: string; menu: Record<'preferences' | 'history' | 'quit' | 'pause', string>; status: { next: { micro: string } } };
  windows: { break: string };
  notification: { title: { micro: string } };
}
import { createRecordingElectron, type RecordingElectron } from '../support/electron/recordingElectron';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
/** The page each window shows, as the sender of its requests. */
const FROM = { break: 'app://breakwise/index.html', settings: 'app://breakwise/index.html#settings', history: 'app://breakwise/index.html#history', welcome: 'app://breakwise/index.html#welcome' };


describe('the main process, wired (recording Electron, fake clock)', () => {
  let clock: ReturnType<typeof FakeTimers.install>;
  let userData: string;
  let running: RunningBreakwise[];
  let loginItem: boolean[];
  beforeEach(() => {
    clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    userData = mkdtempSync(join(tmpdir(), 'breakwise-main-'));
    running = [];
    documents = [];
    loginItem = [];
  });
  afterEach(() => {
    running.forEach((r) => r.dispose());
    documents.forEach((d) => d.dispose());
    clock.uninstall();
  });

  /** The real preferences.json and history.json in this test's data folder; `settings` all become user values. */
  let documents: AppDocuments[] = [];
  const openDocuments = (settings: Settings, firstRunDone: boolean) => {
    const opened = openAppDocuments({ directory: userData, backend: (options) => new Conf(options), after: (ms, fn) => { const id = setTimeout(fn, ms); return () => clearTimeout(id); }, wallClock: () => clock.now, log: () => undefined });
    if (firstRunDone && opened.preferences.get().firstRun === null) opened.preferences.update((data) => ({ ...data, firstRun: { completedAtWallMs: START, plan: 'standard' } }), 'soon');
    if (settings !== DEFAULT_SETTINGS) opened.preferences.update((data) => ({ ...data, settings: structuredClone(settings) as Record<string, unknown> }), 'soon');
    documents.push(opened);
    return opened;
  };

  /** GNOME's idle monitor on Wayland: the same readings, answered over D-Bus a moment later. */
  const asynchronous = (source: IdleSource): IdleSource => ({ read: () => Promise.resolve().then(() => source.read()) });

  const launch = (
    electron: RecordingElectron = createRecordingElectron({ displays: 2 }),
    settings = DEFAULT_SETTINGS,
    policy: PolicyLayers = NO_POLICY,
    firstRunDone = true,
    options: { asyncIdle?: boolean; busy?: BusySource | ImmediateBusySource } = {},
  ) => {
    const docs = openDocuments(settings, firstRunDone);
    const idle = chooseIdleSource(electron.powerMonitor, 'win32', false, null);
    const app = runBreakwise({
      api: electron.api,
      bundle: { rendererDir: '/app/out/renderer', preloadPath: '/app/out/preload/index.cjs', isPackaged: true },
      trayIconDir: '/app/assets/tray',
      clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
      timers: createScheduleTimers(),
      preferences: new PreferencesService(docs.preferences, memoryPolicy(policy), () => clock.now),
      idle: options.asyncIdle === true ? { ...idle, source: asynchronous(idle.source) } : idle,
      log: () => undefined,
      exercises: builtInLibrary(),
      history: docs.history,
      startAtLogin: (open) => void loginItem.push(open),
      busy: options.busy,
    });
    running.push(app);
    return { electron, app, docs };
  };

  /** The person types for `ms`, one key a second; breaks are sat out. */
  const type = (electron: RecordingElectron, ms: number) => {
    for (let t = 0; t < ms; t += SECOND_MS) {
      clock.tick(SECOND_MS);
      electron.powerMonitor.idleSeconds = 0;
    }
  };

  it('shows a notice with an OS notification; clicking it starts the break on every display', () => {
    const { electron, app } = launch();
    type(electron, 20 * MINUTE_MS - 25 * SECOND_MS);
    const notice = electron.windows.find((w) => w.options.focusable === false);
    expect(notice?.inactiveShows).toBe(1);
    expect(electron.notifications).toHaveLength(1);
    expect(electron.notifications[0]?.options).toEqual({ title: 'Posture reset in 30 seconds', body: 'Click to start it now.', silent: true });
    expect(app.presenter.session).toMatchObject({ mode: 'notice', kind: 'micro' });
    electron.notifications[0]?.emit('click');
    expect(app.presenter.session).toMatchObject({ mode: 'break', kind: 'micro' });
    expect(notice?.visible).toBe(false);
    expect(electron.notifications[0]?.closed).toBe(true);
    const breakWindows = electron.windows.filter((w) => w.options.title === 'Breakwise break');
    expect(breakWindows.map((w) => w.visible)).toEqual([true, true]);
  });

  describe('meetings, presentations, full screen', () => {
    /** What the OS says about meetings right now; asked through the busy port. */
    let busyNow: BusyReason[];
    let reads: number;
    const meetingSource: ImmediateBusySource = { read: (signals) => (reads++, { reasons: busyNow.filter((r) => signals.includes(r)), unknown: [] }) };
    beforeEach(() => {
      busyNow = [];
      reads = 0;
    });
    const visibleWindows = (electron: RecordingElectron) => electron.windows.filter((w) => w.visible);

    it('tells the settings window which signals this computer can read, and nothing to another window', async () => {
      const partial: ImmediateBusySource = { read: (signals) => ({ reasons: [], unknown: signals.filter((r) => r === 'screen-share' || r === 'microphone') }) };
      const { electron } = launch(createRecordingElectron({ displays: 2 }), DEFAULT_SETTINGS, NO_POLICY, true, { busy: partial });
      expect(await electron.ipcMain.invoke('meetings:signals', {}, FROM.settings)).toEqual({
        ok: true,
        value: { presentation: 'works', fullscreen: 'works', 'screen-share': 'unavailable', camera: 'works', microphone: 'unavailable', 'do-not-disturb': 'works', inhibitor: 'works' },
      });
      expect(await electron.ipcMain.invoke('meetings:signals', {}, FROM.break)).toMatchObject({ ok: false });
    });

    it('says every signal is unavailable where Breakwise has no way to ask the OS', async () => {
      const { electron } = launch();
      const answer = (await electron.ipcMain.invoke('meetings:signals', {}, FROM.settings)) as { ok: boolean; value: Record<string, string> };
      expect(new Set(Object.values(answer.value))).toEqual(new Set(['unavailable']));
    });

    it('holds a break that falls due in a meeting: no notice, no notification, no break window, the tray says so; it comes after the grace', () => {
      const { electron, app } = launch(createRecordingElectron({ displays: 2 }), DEFAULT_SETTINGS, NO_POLICY, true, { busy: meetingSource });
      busyNow = ['camera', 'microphone'];
      type(electron, 30 * MINUTE_MS);
      expect(visibleWindows(electron)).toEqual([]);
      expect(electron.notifications).toEqual([]);
      expect(app.presenter.session.mode).toBe('idle');
      expect(electron.trays[0]?.tooltip).toMatch(/^Breakwise — Break waiting — in a meeting \(\d+ min sitting\)$/);
      busyNow = [];
      let waitedMs = 0;
      while (app.presenter.session.mode !== 'break' && waitedMs < 5 * MINUTE_MS) {
        type(electron, SECOND_MS);
        waitedMs += SECOND_MS;
      }
      // The next look within a minute, then the grace of a minute.
      expect(waitedMs).toBeLessThanOrEqual(2 * MINUTE_MS);
      expect(app.presenter.session).toMatchObject({ mode: 'break', kind: 'micro' });
      expect(electron.notifications).toHaveLength(1);
      expect(electron.notifications[0]?.options.title).toBe('Posture reset in 30 seconds');
    });

    it('says a break is overdue with one OS notification, never a window, and not at all while presenting', () => {
      const { electron } = launch(createRecordingElectron({ displays: 2 }), DEFAULT_SETTINGS, NO_POLICY, true, { busy: meetingSource });
      busyNow = ['camera'];
      type(electron, 80 * MINUTE_MS);
      expect(electron.notifications.map((n) => n.options)).toEqual([
        { title: 'Movement routine overdue', body: 'You have been sitting for 79 minutes. The break comes when you are free, or start it from the Breakwise icon.', silent: true },
      ]);
      expect(visibleWindows(electron)).toEqual([]);
      expect(electron.trays[0]?.tooltip).toMatch(/^Breakwise — Break overdue — in a meeting/);
      // Clicking it starts nothing: the person is in a meeting.
      electron.notifications[0]?.emit('click');
      expect(visibleWindows(electron)).toEqual([]);

      const presenting = launch(createRecordingElectron({ displays: 2 }), DEFAULT_SETTINGS, NO_POLICY, true, { busy: meetingSource });
      busyNow = ['presentation'];
      type(presenting.electron, 90 * MINUTE_MS);
      expect(presenting.electron.notifications).toEqual([]);
      expect(presenting.electron.trays[0]?.tooltip).toMatch(/^Breakwise — Break overdue — presenting/);
    });

    it('asks nothing before a break is about to be due, and a source that answers later works the same', async () => {
      const later: BusySource = { read: (signals) => Promise.resolve().then(() => meetingSource.read(signals)) };
      const { electron, app } = launch(createRecordingElectron({ displays: 2 }), DEFAULT_SETTINGS, NO_POLICY, true, { busy: later });
      busyNow = ['fullscreen'];
      for (let t = 0; t < 19 * MINUTE_MS; t += MINUTE_MS) {
        await clock.tickAsync(MINUTE_MS);
        electron.powerMonitor.idleSeconds = 0;
      }
      expect(reads).toBe(0);
      for (let t = 0; t < 5 * MINUTE_MS; t += SECOND_MS) {
        await clock.tickAsync(SECOND_MS);
        electron.powerMonitor.idleSeconds = 0;
      }
      expect(reads).toBeGreaterThan(0);
      expect(app.presenter.session.mode).toBe('idle');
      expect(electron.trays[0]?.tooltip).toMatch(/^Breakwise — Break waiting — full screen/);
    });
  });

  it('creates every window at start and reuses them across three breaks', () => {
    const { electron, app } = launch();
    const created = electron.windows.length;
    for (let i = 0; i < 3; i++) {
      electron.trays[0]?.click('Start posture reset now');
      expect(app.presenter.session.mode).toBe('break');
      electron.ipcMain.invoke('break:finished', {}, FROM.break);
      expect(app.presenter.session.mode).toBe('idle');
    }
    expect(electron.windows).toHaveLength(created);
    expect(created).toBe(3); // two displays and the notice
    expect(electron.calls.filter((c) => c.target === 'BrowserWindow')).toHaveLength(3);
  });

  it('shows breaks on the primary display only when the setting says so', () => {
    const { electron } = launch(createRecordingElectron({ displays: 3 }), { ...DEFAULT_SETTINGS, breakDisplays: 'primary' });
    expect(electron.windows.filter((w) => w.options.title === 'Breakwise break')).toHaveLength(1);
  });

  it('gives each break its exercises, and takes one that hurt out of rotation', () => {
    const { electron, app } = launch();
    electron.trays[0]?.click('Start posture reset now');
    const first = app.presenter.session;
    expect(first).toMatchObject({ mode: 'break', kind: 'micro', steps: [{ exerciseId: 'seated-chin-tuck' }] });
    expect(electron.ipcMain.invoke('break:hurt', { exerciseId: 'seated-neck-isometrics' }, FROM.break)).toEqual({ ok: true, value: {} });
    expect(electron.ipcMain.invoke('break:hurt', { exerciseId: 'no-such-thing' }, FROM.break)).toMatchObject({ ok: false });
    electron.ipcMain.invoke('break:finished', {}, FROM.break);
    electron.trays[0]?.click('Start posture reset now');
    const second = app.presenter.session;
    expect(second.mode === 'break' && second.steps.map((s) => s.exerciseId)).toEqual(['standing-shoulder-squeeze']);
  });

  it('applies a settings change at once, without restarting the sitting clock, and tells every window', () => {
    const { electron } = launch();
    type(electron, 15 * MINUTE_MS);
    const reply = electron.ipcMain.invoke('settings:set', { path: 'microBreak.everyMinutes', value: 18 }, FROM.settings);
    expect(reply).toMatchObject({ ok: true, value: { values: { microBreak: { everyMinutes: 18 } }, sources: { 'microBreak.everyMinutes': 'user' } } });
    expect(electron.windows.every((w) => w.webContents.sent.some((m) => m.channel === 'settings:changed'))).toBe(true);
    // 15 minutes already sat count toward the new 18: the notice comes 30 s before minute 18, not 18 minutes from now.
    type(electron, 3 * MINUTE_MS - 31 * SECOND_MS);
    expect(electron.notifications).toHaveLength(0);
    type(electron, 2 * SECOND_MS);
    expect(electron.notifications).toHaveLength(1);
  });

  it('refuses a bad setting with its reason and changes nothing; follows the theme setting', () => {
    const { electron } = launch();
    expect(electron.ipcMain.invoke('settings:set', { path: 'snooze.minutes', value: 99 }, FROM.settings)).toEqual({ ok: false, error: expect.stringContaining('snooze.minutes: ') });
    expect(electron.ipcMain.invoke('settings:get', {}, FROM.settings)).toMatchObject({ ok: true, value: { values: { snooze: { minutes: 5 } } } });
    electron.ipcMain.invoke('settings:set', { path: 'appearance.theme', value: 'dark' }, FROM.settings);
    expect(electron.calls.filter((c) => c.target === 'nativeTheme').map((c) => c.args[0])).toEqual(['system', 'dark']);
  });

  it('offers in the tray only what the organization allows: no quit, pauses up to its maximum', () => {
    const policy = resolvePolicy({ enforced: { AllowQuit: 0, MaxPauseMinutes: 60 }, recommended: {}, problems: [] });
    const { electron, app } = launch(createRecordingElectron(), DEFAULT_SETTINGS, policy);
    const menu = electron.trays[0]?.menu ?? [];
    expect(menu.map((item) => item.label)).not.toContain('Quit');
    expect(menu.find((item) => item.label === 'Pause')?.submenu?.map((item) => item.label)).toEqual(['For 30 minutes', 'For 1 hour']);
    app.apply({ type: 'quit' });
    app.apply({ type: 'pause', until: 'indefinitely' });
    expect(electron.app.quitCalls).toBe(0);
    expect(electron.trays[0]?.menu.find((item) => item.label === 'Resume')?.enabled).toBe(false);
    app.apply({ type: 'pause', until: { minutes: 45 } });
    expect(electron.trays[0]?.menu.find((item) => item.label === 'Resume')?.enabled).toBe(true);
  });

  it('keeps an exercise that hurt out of later breaks by saving it in the exclusions', () => {
    const { electron } = launch();
    electron.ipcMain.invoke('break:hurt', { exerciseId: 'seated-chin-tuck' }, FROM.break);
    expect(electron.ipcMain.invoke('settings:get', {}, FROM.settings)).toMatchObject({ ok: true, value: { values: { exercises: { excluded: ['seated-chin-tuck'] } }, sources: { 'exercises.excluded': 'user' } } });
  });

  it('welcomes a first start, and closes the welcome once a plan is chosen; later starts go straight to the tray', () => {
    const first = launch(createRecordingElectron(), DEFAULT_SETTINGS, NO_POLICY, false);
    const welcome = first.electron.windows.find((w) => w.loaded?.endsWith('index.html#welcome'));
    expect(welcome?.visible).toBe(true);
    expect(first.electron.ipcMain.invoke('firstRun:complete', { plan: 'gentle', startAtLogin: false }, FROM.welcome)).toMatchObject({ ok: true, value: { firstRunDone: true, values: { microBreak: { everyMinutes: 30 } } } });
    expect(welcome?.destroyed).toBe(true);
    expect(loginItem.at(-1)).toBe(false);
    first.app.dispose();
    first.docs.dispose();
    const second = launch(createRecordingElectron(), DEFAULT_SETTINGS, NO_POLICY, false);
    expect(second.electron.windows.some((w) => w.loaded?.includes('#welcome'))).toBe(false);
  });

  it('opens settings and history from the tray, one window each, focusing an open one', () => {
    const { electron } = launch();
    electron.trays[0]?.click('Preferences…');
    electron.trays[0]?.click('Preferences…');
    electron.trays[0]?.click('History…');
    const opened = electron.windows.filter((w) => w.loaded?.includes('#'));
    expect(opened.map((w) => [w.options.title, w.loaded?.split('/').at(-1)])).toEqual([
      ['Breakwise Settings', 'index.html#settings'],
      ['Breakwise History', 'index.html#history'],
    ]);
    expect(opened[0]?.focuses).toBe(1);
    opened[0]?.close();
    electron.trays[0]?.click('Preferences…');
    expect(electron.windows.filter((w) => w.loaded?.endsWith('#settings'))).toHaveLength(2);
  });

  it("hands an administrator's https or mailto link to the OS, and opens nothing else", () => {
    const { electron } = launch();
    electron.trays[0]?.click('Preferences…');
    const settings = electron.windows.find((w) => w.loaded?.endsWith('#settings'));
    for (const url of ['https://help.example.com/breakwise', 'mailto:it@example.com', 'http://example.com', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(settings?.webContents.openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(electron.calls.filter((c) => c.target === 'shell').map((c) => c.args[0])).toEqual(['https://help.example.com/breakwise', 'mailto:it@example.com']);
  });

  it('answers the renderer through the bridge and refuses what is not allowed', () => {
    const { electron } = launch();
    expect(electron.ipcMain.invoke('session:get', {}, FROM.break)).toEqual({ ok: true, value: { mode: 'idle' } });
    expect(electron.ipcMain.invoke('break:respond', { response: 'skip' }, FROM.break)).toEqual({ ok: false, error: 'There is no break to skip.' });
  });

  it('keeps a timed pause across a restart, and drops one that has run out', () => {
    const first = launch();
    first.electron.trays[0]?.click('Pause', 'For 2 hours');
    expect(first.app.service.current.state.name).toBe('paused');
    first.app.dispose();
    first.docs.dispose();
    clock.tick(30 * MINUTE_MS);
    const second = launch();
    expect(second.app.service.current.state).toEqual({ name: 'paused', untilWallMs: START + 2 * 60 * MINUTE_MS });
    expect(second.electron.trays[0]?.tooltip).toMatch(/^Breakwise — Paused until /);
    second.app.dispose();
    second.docs.dispose();
    clock.tick(2 * 60 * MINUTE_MS);
    const third = launch();
    expect(third.app.service.current.state.name).toBe('sitting');
  });

  it('carries out forwarded commands: pause, resume, break now, quit', () => {
    const { electron, app } = launch();
    app.apply({ type: 'pause', until: { minutes: 30 } });
    expect(app.service.current.state).toEqual({ name: 'paused', untilWallMs: START + 30 * MINUTE_MS });
    app.apply({ type: 'resume' });
    expect(app.service.current.state.name).toBe('sitting');
    app.apply({ type: 'breakNow', kind: 'routine' });
    expect(app.presenter.session).toMatchObject({ mode: 'break', kind: 'routine' });
    app.apply({ type: 'quit' });
    expect(electron.app.quitCalls).toBe(1);
  });

  it('forwards lock and unlock from powerMonitor to the engine', () => {
    const { electron, app } = launch();
    type(electron, MINUTE_MS);
    electron.powerMonitor.emit('lock-screen');
    expect(app.service.current.state).toEqual({ name: 'away', reason: 'locked' });
    electron.powerMonitor.emit('unlock-screen');
    expect(app.service.current.state.name).toBe('sitting');
  });

  describe('with an asynchronous idle source (GNOME on Wayland)', () => {
    it('restores a saved pause even though the engine starts a moment later', async () => {
      const first = launch();
      first.electron.trays[0]?.click('Pause', 'For 2 hours');
      first.app.dispose();
      first.docs.dispose();
      const second = launch(createRecordingElectron(), DEFAULT_SETTINGS, NO_POLICY, true, { asyncIdle: true });
      await clock.tickAsync(0);
      expect(second.app.service.current.state).toEqual({ name: 'paused', untilWallMs: START + 2 * 60 * MINUTE_MS });
      expect(second.docs.preferences.get().pause).toEqual({ untilWallMs: START + 2 * 60 * MINUTE_MS });
    });

    it.each([
      ['--pause 30', { type: 'pause', until: { minutes: 30 } } as const, { name: 'paused', untilWallMs: START + 30 * MINUTE_MS }],
      ['--break-now routine', { type: 'breakNow', kind: 'routine' } as const, { name: 'onBreak', kind: 'routine' }],
    ])('carries out %s given at the very first launch', async (_flag, command, state) => {
      const { app } = launch(createRecordingElectron(), DEFAULT_SETTINGS, NO_POLICY, false, { asyncIdle: true });
      app.apply(command);
      await clock.tickAsync(0);
      expect(app.service.current.state).toMatchObject(state);
    });
  });

  describe('the pause belongs to the engine', () => {
    it('forgets the saved pause when a timed pause ends inside the engine, so a restart does not pause again', () => {
      const first = launch();
      first.electron.trays[0]?.click('Pause', 'For 30 minutes');
      expect(first.docs.preferences.get().pause).toEqual({ untilWallMs: START + 30 * MINUTE_MS });
      clock.tick(31 * MINUTE_MS);
      expect(first.app.service.current.state.name).toBe('sitting');
      first.app.dispose();
      first.docs.dispose();
      // The wall clock is set back an hour before the next start (a time-zone fix, NTP): a saved
      // pause that outlived its end would look as if it were still running.
      clock.setSystemTime(clock.now - 60 * MINUTE_MS);
      const second = launch();
      expect(second.docs.preferences.get().pause).toBeNull();
      expect(second.app.service.current.state.name).toBe('sitting');
    });

    it('saves the pause only when the engine took it, and shows the end the engine holds', () => {
      const { electron, app, docs } = launch();
      electron.trays[0]?.click('Start posture reset now');
      app.apply({ type: 'pause', until: { minutes: 45 } });
      expect(app.service.current.state).toEqual({ name: 'paused', untilWallMs: START + 45 * MINUTE_MS });
      expect(docs.preferences.get().pause).toEqual({ untilWallMs: START + 45 * MINUTE_MS });
      expect(electron.trays[0]?.tooltip).toMatch(/^Breakwise — Paused until 9:45\sAM$/u);
      app.apply({ type: 'resume' });
      expect(docs.preferences.get().pause).toBeNull();
      expect(electron.trays[0]?.tooltip).toMatch(/^Breakwise — Next posture reset in \d+ min$/);
    });
  });

  describe('start at login', () => {
    it('is not registered at the very first start, before the welcome has asked', () => {
      const { electron } = launch(createRecordingElectron(), DEFAULT_SETTINGS, NO_POLICY, false);
      expect(loginItem).toEqual([]);
      electron.ipcMain.invoke('firstRun:complete', { plan: 'standard', startAtLogin: true }, FROM.welcome);
      expect(loginItem).toEqual([true]);
    });

    it("is registered at once when the organization enforces it, welcome or not", () => {
      const policy = resolvePolicy({ enforced: { StartAtLogin: 1 }, recommended: {}, problems: [] });
      launch(createRecordingElectron(), DEFAULT_SETTINGS, policy, false);
      expect(loginItem).toEqual([true]);
    });

    it('is registered again at every later start, as the person chose', () => {
      launch(createRecordingElectron(), { ...DEFAULT_SETTINGS, startAtLogin: false }, NO_POLICY, true);
      expect(loginItem).toEqual([false]);
    });
  });

  describe('the main process speaks the person’s language', () => {
    it('follows the OS language at start: tray, notification and window titles', () => {
      const electron = createRecordingElectron({ displays: 2 });
      electron.app.systemLanguages = ['de-AT', 'en-US'];
      launch(electron);
      expect(electron.trays[0]?.tooltip).toBe('Breakwise – Nächste Haltungspause in 20 Min.');
      expect(electron.windows.filter((w) => w.options.focusable !== false).map((w) => w.title)).toEqual(['Breakwise-Pause', 'Breakwise-Pause']);
      type(electron, 20 * MINUTE_MS - 25 * SECOND_MS);
      expect(electron.notifications[0]?.options).toEqual({ title: 'Haltungspause in 30 Sekunden', body: 'Klicken, um sie jetzt zu starten.', silent: true });
    });

    it.each(LANGUAGES)('speaks %s when the OS prefers it: every tray menu item, the tooltip, window titles and the notification in its own words', (language) => {
      const words = JSON.parse(readFileSync(join(import.meta.dirname, `../../renderer/src/i18n/locales/main.${language}.json`), 'utf8')) as MainWords;
      const electron = createRecordingElectron({ displays: 2 });
      electron.app.systemLanguages = [language === 'en' ? 'en-GB' : language];
      launch(electron);
      const labels = electron.trays[0]?.menu.map((item) => item.label) ?? [];
      expect(labels).toEqual(expect.arrayContaining([words.tray.menu.preferences, words.tray.menu.history, words.tray.menu.quit, words.tray.menu.pause]));
      // The messages formatted here by ICU itself, from the file: what a person of that language reads.
      const format = (message: string, values: Record<string, unknown>) => String(new IntlMessageFormat(message, language).format(values));
      expect(electron.trays[0]?.tooltip).toBe(format(words.tray.tooltip, { status: format(words.tray.status.next.micro, { minutes: 20 }) }));
      expect(electron.windows.filter((w) => w.options.focusable !== false).map((w) => w.title)).toEqual([words.windows.break, words.windows.break]);
      type(electron, 20 * MINUTE_MS - 25 * SECOND_MS);
      expect(electron.notifications[0]?.options.title).toBe(format(words.notification.title.micro, { seconds: 30 }));
    });

    it('speaks the language an organization sets by policy, whatever the OS prefers', () => {
      const electron = createRecordingElectron({ displays: 2 });
      electron.app.systemLanguages = ['de-DE'];
      launch(electron, DEFAULT_SETTINGS, { ...NO_POLICY, enforced: { 'appearance.language': 'ja' } });
      expect(electron.ipcMain.invoke('settings:get', {}, FROM.settings)).toMatchObject({ ok: true, value: { values: { appearance: { language: 'ja' } }, sources: { 'appearance.language': 'enforced' } } });
      expect(electron.trays[0]?.menu.map((item) => item.label)).toContain('設定…');
      expect(electron.ipcMain.invoke('settings:set', { path: 'appearance.language', value: 'de' }, FROM.settings)).toMatchObject({ ok: false });
      expect(electron.trays[0]?.menu.map((item) => item.label)).toContain('設定…');
    });

    it('switches live when the language setting changes: tray menu, open windows, later notifications, dialogs', async () => {
      const { electron } = launch();
      electron.trays[0]?.click('Preferences…');
      electron.ipcMain.invoke('settings:set', { path: 'appearance.language', value: 'de' }, FROM.settings);
      expect(electron.trays[0]?.menu.map((item) => item.label)).toContain('Einstellungen…');
      expect(electron.windows.find((w) => w.loaded?.endsWith('#settings'))?.title).toBe('Breakwise-Einstellungen');
      expect(electron.windows.filter((w) => w.options.title === 'Breakwise break').map((w) => w.title)).toEqual(['Breakwise-Pause', 'Breakwise-Pause']);
      await electron.ipcMain.invoke('history:export', { format: 'csv' }, FROM.history);
      expect(electron.calls.find((c) => c.target === 'dialog')?.args[0]).toMatchObject({ title: 'Breakwise-Verlauf exportieren', filters: [{ name: 'CSV (Tabelle)', extensions: ['csv'] }] });
      electron.ipcMain.invoke('settings:set', { path: 'appearance.language', value: 'en' }, FROM.settings);
      expect(electron.trays[0]?.menu.map((item) => item.label)).toContain('Preferences…');
    });
  });

  it("shows the tray icon for the OS's taskbar, not Breakwise's own theme, and follows the OS when it changes", () => {
    const { electron } = launch(createRecordingElectron({ platform: 'win32' }));
    electron.ipcMain.invoke('settings:set', { path: 'appearance.theme', value: 'dark' }, FROM.settings);
    expect(electron.trays[0]?.image).toBe('/app/assets/tray/active-light.png');
    electron.nativeTheme.setSystem({ dark: false, taskbarDark: true });
    expect(electron.trays[0]?.image).toBe('/app/assets/tray/active-dark.png');
  });

  describe('every setting applies live, without a restart', () => {
    type Launched = ReturnType<typeof launch>;
    /** A break started from the tray, as the break window receives it; finished at once. */
    const breakNow = (h: Launched, kind: 'micro' | 'routine'): Session => {
      h.electron.trays[0]?.click(kind === 'micro' ? 'Start posture reset now' : 'Start movement routine now');
      const session = h.app.presenter.session;
      h.electron.ipcMain.invoke('break:finished', {}, FROM.break);
      return session;
    };
    const breakSeconds = (h: Launched, kind: 'micro' | 'routine') => {
      const session = breakNow(h, kind);
      return session.mode === 'break' ? (session.untilWallMs - clock.now) / SECOND_MS : null;
    };
    const firstExercise = (h: Launched) => {
      const session = breakNow(h, 'micro');
      return session.mode === 'break' ? session.steps[0]?.exerciseId : null;
    };
    const breakRights = (h: Launched) => {
      const session = breakNow(h, 'micro');
      return session.mode === 'break' ? { canSnooze: session.canSnooze, canSkip: session.canSkip } : null;
    };
    /** What the engine decides with: the setting as it holds it now. */
    const inEngine = (path: string) => (h: Launched) => getAtPath(h.app.service.current.ctx.settings, path);
    /** A setting only the windows act on (sounds): what the open break windows were last told. */
    const toWindows = (path: string) => (h: Launched) => {
      const message = h.electron.windows[0]?.webContents.sent.filter((m) => m.channel === 'settings:changed').at(-1)?.value;
      return message === undefined ? undefined : getAtPath((message as { values: unknown }).values, path);
    };
    const tooltip = (h: Launched) => h.electron.trays[0]?.tooltip;
    const goal = (h: Launched) => (h.electron.ipcMain.invoke('history:get', {}, FROM.history) as { value: { goal: unknown } }).value.goal;
    const openBreakWindows = (h: Launched) => h.electron.windows.filter((w) => w.options.title === 'Breakwise break' && !w.destroyed).length;
    const weekday = (day: string) => ({ value: [{ from: '10:00', to: '12:00' }], observe: inEngine(`workingHours.days.${day}`), expected: [{ from: '10:00', to: '12:00' }] });

    /** Every setting: a new value, and where its effect shows. A setting without a row fails the first test. */
    const LIVE: Record<string, { value: unknown; observe: (h: Launched) => unknown; expected: unknown }> = {
      'microBreak.enabled': { value: false, observe: tooltip, expected: 'Breakwise — Next movement routine in 60 min' },
      'microBreak.everyMinutes': { value: 25, observe: tooltip, expected: 'Breakwise — Next posture reset in 25 min' },
      'microBreak.durationSeconds': { value: 45, observe: (h) => breakSeconds(h, 'micro'), expected: 45 },
      'routineBreak.enabled': { value: false, observe: inEngine('routineBreak.enabled'), expected: false },
      'routineBreak.everyMinutes': { value: 10, observe: tooltip, expected: 'Breakwise — Next movement routine in 10 min' },
      'routineBreak.durationSeconds': { value: 240, observe: (h) => breakSeconds(h, 'routine'), expected: 240 },
      'idle.pauseAfterSeconds': { value: 150, observe: inEngine('idle.pauseAfterSeconds'), expected: 150 },
      'idle.naturalBreakAfterSeconds': { value: 600, observe: inEngine('idle.naturalBreakAfterSeconds'), expected: 600 },
      noticeSeconds: { value: 60, observe: inEngine('noticeSeconds'), expected: 60 },
      'snooze.minutes': { value: 10, observe: inEngine('snooze.minutes'), expected: 10 },
      'snooze.maxPerBreak': { value: 0, observe: breakRights, expected: { canSnooze: false, canSkip: true } },
      strict: { value: true, observe: breakRights, expected: { canSnooze: false, canSkip: false } },
      allowSkip: { value: false, observe: breakRights, expected: { canSnooze: true, canSkip: false } },
      'exercises.positions': { value: ['standing'], observe: firstExercise, expected: 'standing-shoulder-squeeze' },
      'exercises.excluded': { value: ['seated-chin-tuck'], observe: firstExercise, expected: 'seated-neck-isometrics' },
      breakDisplays: { value: 'primary', observe: openBreakWindows, expected: 1 },
      'workingHours.enabled': { value: true, observe: inEngine('workingHours.enabled'), expected: true },
      'workingHours.days.sunday': weekday('sunday'),
      'workingHours.days.monday': weekday('monday'),
      'workingHours.days.tuesday': weekday('tuesday'),
      'workingHours.days.wednesday': weekday('wednesday'),
      'workingHours.days.thursday': weekday('thursday'),
      'workingHours.days.friday': weekday('friday'),
      'workingHours.days.saturday': weekday('saturday'),
      'goal.breaksPerDay': { value: 6, observe: (h) => (goal(h) as { breaksPerDay: number }).breaksPerDay, expected: 6 },
      'goal.maxSittingMinutes': { value: 60, observe: (h) => (goal(h) as { maxSittingMinutes: number }).maxSittingMinutes, expected: 60 },
      'sound.chime': { value: true, observe: toWindows('sound.chime'), expected: true },
      'sound.voice': { value: true, observe: toWindows('sound.voice'), expected: true },
      'appearance.theme': { value: 'dark', observe: (h) => h.electron.api.nativeTheme.themeSource, expected: 'dark' },
      'appearance.language': { value: 'de', observe: tooltip, expected: 'Breakwise – Nächste Haltungspause in 20 Min.' },
      startAtLogin: { value: false, observe: () => loginItem.at(-1), expected: false },
      'meetings.defer': { value: false, observe: inEngine('meetings.defer'), expected: false },
      'meetings.graceSeconds': { value: 120, observe: inEngine('meetings.graceSeconds'), expected: 120 },
      'meetings.maxDeferMinutes': { value: 30, observe: inEngine('meetings.maxDeferMinutes'), expected: 30 },
      'meetings.signals': { value: ['presentation', 'screen-share'], observe: inEngine('meetings.signals'), expected: ['presentation', 'screen-share'] },
    };

    it('has a row for every setting', () => {
      expect(Object.keys(LIVE).sort()).toEqual(SETTING_FIELDS.map((field) => field.path).sort());
    });

    it.each(Object.entries(LIVE))('%s', (path, { value, observe, expected }) => {
      const h = launch(createRecordingElectron({ displays: 3 }));
      const before = observe(h);
      expect(h.electron.ipcMain.invoke('settings:set', { path, value }, FROM.settings)).toMatchObject({ ok: true });
      const after = observe(h);
      expect(after).not.toEqual(before);
      expect(after).toEqual(expected);
    });
  });
});
