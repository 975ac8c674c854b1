import FakeTimers from '@sinonjs/fake-timers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduleTimers } from '../../main/adapters/scheduleTimers';
import Conf from 'conf';
import { openAppDocuments, type AppDocuments } from '../../main/store/documents/appDocuments';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { runBreakwise, type RunningBreakwise } from '../../main/app/runBreakwise';
import { DEFAULT_SETTINGS, type Settings } from '../../main/core/settings';
import { memoryPolicy, NO_POLICY, type PolicyLayers } from '../../main/preferences/policyLayers';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { chooseIdleSource } from '../../main/power/idleDetection';
import { createRecordingElectron, type RecordingElectron } from '../support/electron/recordingElectron';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const OURS = 'file:///app/out/renderer/index.html';


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

  const launch = (electron: RecordingElectron = createRecordingElectron({ displays: 2 }), settings = DEFAULT_SETTINGS, policy: PolicyLayers = NO_POLICY, firstRunDone = true) => {
    const docs = openDocuments(settings, firstRunDone);
    const app = runBreakwise({
      api: electron.api,
      bundle: { rendererDir: '/app/out/renderer', preloadPath: '/app/out/preload/index.cjs', isPackaged: true },
      trayIconDir: '/app/assets/tray',
      clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
      timers: createScheduleTimers(),
      preferences: new PreferencesService(docs.preferences, memoryPolicy(policy), () => clock.now),
      idle: chooseIdleSource(electron.powerMonitor, 'win32', false, null),
      log: () => undefined,
      exercises: builtInLibrary(),
      history: docs.history,
      startAtLogin: (open) => void loginItem.push(open),
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

  it('creates every window at start and reuses them across three breaks', () => {
    const { electron, app } = launch();
    const created = electron.windows.length;
    for (let i = 0; i < 3; i++) {
      electron.trays[0]?.click('Start posture reset now');
      expect(app.presenter.session.mode).toBe('break');
      electron.ipcMain.invoke('break:finished', {}, OURS);
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
    expect(electron.ipcMain.invoke('break:hurt', { exerciseId: 'seated-neck-isometrics' }, OURS)).toEqual({ ok: true, value: {} });
    expect(electron.ipcMain.invoke('break:hurt', { exerciseId: 'no-such-thing' }, OURS)).toMatchObject({ ok: false });
    electron.ipcMain.invoke('break:finished', {}, OURS);
    electron.trays[0]?.click('Start posture reset now');
    const second = app.presenter.session;
    expect(second.mode === 'break' && second.steps.map((s) => s.exerciseId)).toEqual(['standing-shoulder-squeeze']);
  });

  it('applies a settings change at once, without restarting the sitting clock, and tells every window', () => {
    const { electron } = launch();
    type(electron, 15 * MINUTE_MS);
    const reply = electron.ipcMain.invoke('settings:set', { path: 'microBreak.everyMinutes', value: 18 }, OURS);
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
    expect(electron.ipcMain.invoke('settings:set', { path: 'snooze.minutes', value: 99 }, OURS)).toEqual({ ok: false, error: expect.stringContaining('snooze.minutes: ') });
    expect(electron.ipcMain.invoke('settings:get', {}, OURS)).toMatchObject({ ok: true, value: { values: { snooze: { minutes: 5 } } } });
    electron.ipcMain.invoke('settings:set', { path: 'appearance.theme', value: 'dark' }, OURS);
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
    electron.ipcMain.invoke('break:hurt', { exerciseId: 'seated-chin-tuck' }, OURS);
    expect(electron.ipcMain.invoke('settings:get', {}, OURS)).toMatchObject({ ok: true, value: { values: { exercises: { excluded: ['seated-chin-tuck'] } }, sources: { 'exercises.excluded': 'user' } } });
  });

  it('welcomes a first start, and closes the welcome once a plan is chosen; later starts go straight to the tray', () => {
    const first = launch(createRecordingElectron(), DEFAULT_SETTINGS, NO_POLICY, false);
    const welcome = first.electron.windows.find((w) => w.loaded?.endsWith('index.html#welcome'));
    expect(welcome?.visible).toBe(true);
    expect(first.electron.ipcMain.invoke('firstRun:complete', { plan: 'gentle', startAtLogin: false }, OURS)).toMatchObject({ ok: true, value: { firstRunDone: true, values: { microBreak: { everyMinutes: 30 } } } });
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
    expect(electron.ipcMain.invoke('session:get', {}, OURS)).toEqual({ ok: true, value: { mode: 'idle' } });
    expect(electron.ipcMain.invoke('break:respond', { response: 'skip' }, OURS)).toEqual({ ok: false, error: 'There is no break to skip.' });
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
});
