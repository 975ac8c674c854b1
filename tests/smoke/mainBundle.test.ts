import { spawnSync } from 'node:child_process';
import { invokeChannels } from '../../preload/contract';
import { beforeAll, describe, expect, it } from 'vitest';

interface Recording {
  lockRequests: unknown[];
  trays: { image: string; tooltip: string; menu: string[] }[];
  windows: { title: string; webPreferences: Record<string, unknown>; loaded: string; show: boolean }[];
  ipcChannels: string[];
  session: { permissionRequest: boolean; beforeRequest: boolean };
  steps: { step: string; windows: number; shows: number[] }[];
  records: number;
  networkAttempts: string[];
  localSocketAttempts: string[];
}

let recording: Recording;

describe('the built main bundle, with electron resolved to the recording double', () => {
  beforeAll(() => {
    // out/ was built once for the whole run (tests/setup/buildOnce.ts).
    const run = spawnSync(process.execPath, ['--import', './tests/smoke/useElectronDouble.mjs', '--import', 'tsx', 'tests/smoke/driveMainBundle.ts', 'out/main/index.js'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    recording = JSON.parse(run.stdout.slice(run.stdout.indexOf('{"lockRequests"'))) as Recording;
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
      expect(window.loaded).toMatch(/out\/renderer\/index\.html(#welcome)?$/);
      expect(window.show).toBe(false);
    }
    expect(recording.session).toEqual({ permissionRequest: true, beforeRequest: true });
    expect(recording.ipcChannels.sort()).toEqual(Object.keys(invokeChannels).sort());
  });

  it('welcomes a first start with its own window', () => {
    expect(recording.windows.filter((w) => w.loaded.endsWith('#welcome')).map((w) => w.title)).toEqual(['Welcome to Breakwise']);
  });

  it('creates the break windows once and reuses them across three breaks', () => {
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
