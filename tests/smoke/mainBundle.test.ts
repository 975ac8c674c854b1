import { spawnSync } from 'node:child_process';
import { invokeChannels } from '../../preload/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/windows/appProtocol';

interface Recording {
  lockRequests: unknown[];
  trays: { image: string; tooltip: string; menu: string[] }[];
  windows: { title: string; webPreferences: Record<string, unknown>; loaded: string; show: boolean }[];
  ipcChannels: string[];
  session: { permissionRequest: boolean; beforeRequest: boolean };
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  handled: string[];
  applicationMenu: unknown;
  served: { page: { status: number; type: string; csp: string; root: boolean }; script: { status: number; type: string }; outside: number };
  wrongPage: unknown;
  recovered: { reloads: number; visible: boolean; session: unknown };
  throwing: { before: number[]; afterFailure: number[]; after: number[] };
  steps: { step: string; windows: number; shows: number[] }[];
  records: number;
  networkAttempts: string[];
  localSocketAttempts: string[];
}

let recording: Recording;
let log: string;

describe('the built main bundle, with electron resolved to the recording double', () => {
  beforeAll(() => {
    // out/ was built once for the whole run (tests/setup/buildOnce.ts).
    const run = spawnSync(process.execPath, ['--import', './tests/smoke/useElectronDouble.mjs', '--import', 'tsx', 'tests/smoke/driveMainBundle.ts', 'out/main/index.js'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const start = run.stdout.indexOf('{"lockRequests"');
    recording = JSON.parse(run.stdout.slice(start)) as Recording;
    log = run.stdout.slice(0, start);
  }, 120_000);

  it('requests the single-instance lock, carrying its command', () => {
    expect(recording.lockRequests).toEqual([{ breakwiseCommand: { type: 'launch' } }]);
  });

  it('creates the tray with its menu', () => {
    expect(recording.trays).toHaveLength(1);
    expect(recording.trays[0]?.image).toMatch(/assets\/tray\/active-light\.png$/);
    expect(recording.trays[0]?.menu).toEqual(expect.arrayContaining(['Start posture reset now', 'Start movement routine now', 'Pause', 'Resume', 'Preferences…', 'History…', 'About Breakwise', 'Quit']));
  });

  it('creates every window with the secure options, from the app bundle, hidden', () => {
    expect(recording.windows.length).toBeGreaterThan(0);
    for (const window of recording.windows) {
      expect(window.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
      expect(window.webPreferences.preload).toMatch(/out\/preload\/index\.cjs$/);
      expect(window.loaded).toMatch(/^app:\/\/breakwise\/index\.html(#welcome)?$/);
      expect(window.show).toBe(false);
    }
    expect(recording.session).toEqual({ permissionRequest: true, beforeRequest: true });
    expect(recording.ipcChannels.sort()).toEqual(Object.keys(invokeChannels).sort());
  });

  it('welcomes a first start with its own window', () => {
    expect(recording.windows.filter((w) => w.loaded.endsWith('#welcome')).map((w) => w.title)).toEqual(['Welcome to Breakwise']);
  });

  it('serves the renderer from app://, a standard and secure scheme, with the CSP as a header', () => {
    expect(recording.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(recording.handled).toEqual(['app']);
    expect(recording.served).toEqual({
      page: { status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY, root: true },
      script: { status: 200, type: 'text/javascript; charset=utf-8' },
      outside: 404,
    });
  });

  it("replaces Electron's default menu (no menu on Linux)", () => {
    expect(recording.applicationMenu).toBeNull();
  });

  it('refuses a break response from the settings window', () => {
    expect(recording.wrongPage).toEqual({ ok: false, error: 'break:respond: refused, the settings page does not use it' });
  });

  it("reloads a break window whose renderer crashed, and the page finds the break still on", () => {
    expect(recording.recovered).toMatchObject({ reloads: 1, visible: true, session: { ok: true, value: { mode: 'break', kind: 'micro' } } });
  });

  it('logs a listener that throws, and the breaks keep coming', () => {
    expect(log).toContain('[breakwise] uncaught exception: Error: Object has been destroyed');
    const { before, afterFailure, after } = recording.throwing;
    // The failing window took down that break's showing on both displays, not the engine.
    expect(afterFailure).toEqual(before);
    expect(after).toEqual(before.map((shows) => shows + 1));
  });

  it('creates the break windows once and reuses them across breaks', () => {
    expect(recording.steps.map((s) => s.step)).toEqual(['scheduled', 'tray', 'second launch']);
    // Two displays, the notice and the first-run welcome.
    expect(new Set(recording.steps.map((s) => s.windows))).toEqual(new Set([4]));
    expect(recording.steps.map((s) => s.shows)).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(recording.records).toBe(4);
  });

  it('opens no network connection (only the local D-Bus sockets on Linux)', () => {
    expect(recording.networkAttempts).toEqual([]);
    for (const path of recording.localSocketAttempts) expect(path).toMatch(/dbus|bus$/);
  });
});

describe('breakwise --policy-report, from the built bundle', () => {
  it("prints every setting's effective value and source as JSON, starts nothing, and exits 0", () => {
    const run = spawnSync(process.execPath, ['--import', './tests/smoke/useElectronDouble.mjs', '--import', 'tsx', 'tests/smoke/policyReportBundle.ts', 'out/main/index.js'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [json, exitLine] = run.stdout.trim().split(/\n(?=exit )/);
    expect(exitLine).toBe('exit 0 trays 0 windows 0');
    const report = JSON.parse(json ?? '') as { settings: { path: string; value: unknown; source: string }[]; rejected: unknown[] };
    expect(report.settings).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'microBreak.everyMinutes', value: 25, source: 'user' }), expect.objectContaining({ path: 'strict', value: false, source: 'default' })]));
    expect(Array.isArray(report.rejected)).toBe(true);
  }, 60_000);
});
