import FakeTimers from '@sinonjs/fake-timers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RecordingElectron } from '../support/electron/recordingElectron';
import { guardNetwork, localSocketAttempts, networkAttempts } from './networkGuard';

/**
 * Runs in a child process: loads out/main/index.js with `electron` resolved to the double, lets
 * the app start, drives three breaks (scheduled, from the tray, from a second launch) and
 * prints what the double recorded as JSON.
 */
const MINUTE_MS = 60_000;
const bundle = resolve(process.argv[2] ?? 'out/main/index.js');
const rendererPage = pathToFileURL(resolve(bundle, '../../renderer/index.html')).href;

guardNetwork();
const clock = FakeTimers.install({ now: Date.UTC(2026, 2, 2, 9), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
process.argv = [process.argv[0] ?? 'node', 'breakwise'];
const flush = () => new Promise((done) => setImmediate(done));

await import(pathToFileURL(bundle).href);
const double = (globalThis as { electronDouble?: RecordingElectron }).electronDouble;
if (double === undefined) throw new Error('the bundle did not load the electron double');
(double.app as { getPath: () => string }).getPath = () => mkdtempSync(join(tmpdir(), 'breakwise-smoke-'));
double.app.becomeReady();
// Start-up reads the OS policy first (real, asynchronous file reads): wait for the tray. Date is
// faked here, so the generous bound (a loaded machine) is measured on the monotonic clock.
const STARTUP_LIMIT_NS = 30_000_000_000n;
const startedAt = process.hrtime.bigint();
while (double.trays.length === 0 && process.hrtime.bigint() - startedAt < STARTUP_LIMIT_NS) await flush();

const breakWindowShows = () => double.windows.filter((w) => w.options.title === 'Breakwise break').map((w) => w.shows);
const steps: { step: string; windows: number; shows: number[] }[] = [];
const note = (step: string) => steps.push({ step, windows: double.windows.length, shows: breakWindowShows() });

// 1: a scheduled break after 20 minutes of typing, sat out for its 30 seconds.
for (let t = 0; t < 20 * MINUTE_MS + 40_000; t += 1000) {
  clock.tick(1000);
  if (t < 20 * MINUTE_MS) double.powerMonitor.idleSeconds = 0;
  else double.powerMonitor.idleSeconds++;
}
note('scheduled');
// 2: from the tray, finished by the break window through IPC.
double.trays[0]?.click('Start movement routine now');
note('tray');
double.ipcMain.invoke('break:finished', {}, rendererPage);
// 3: `breakwise --break-now` run again while Breakwise is running.
double.app.emit('second-instance', {}, ['breakwise', '--break-now'], '/', { breakwiseCommand: { type: 'breakNow', kind: 'micro' } });
note('second launch');
double.ipcMain.invoke('break:finished', {}, rendererPage);

process.stdout.write(
  JSON.stringify({
    lockRequests: double.app.lockRequests,
    trays: double.trays.map((t) => ({ image: t.image, tooltip: t.tooltip, menu: t.menu.map((i) => i.label ?? '-') })),
    windows: double.windows.map((w) => ({ title: w.options.title, webPreferences: w.options.webPreferences, loaded: w.loaded, show: w.options.show })),
    ipcChannels: [...double.ipcMain.handlers.keys()],
    session: { permissionRequest: double.session.permissionRequest !== null, beforeRequest: double.session.beforeRequest !== null },
    steps,
    records: double.calls.filter((c) => c.target === 'BrowserWindow').length,
    networkAttempts,
    localSocketAttempts,
  }),
);
clock.uninstall();
process.exit(0);
