import FakeTimers from '@sinonjs/fake-timers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageUrl } from '../../main/windows/appProtocol';
import type { FakeWindow, RecordingElectron } from '../support/electron/recordingElectron';
import { guardNetwork, localSocketAttempts, networkAttempts } from './networkGuard';

/**
 * Runs in a child process: loads out/main/index.js with `electron` resolved to the double, lets
 * the app start, drives breaks (scheduled, from the tray, from a second launch), asks the app://
 * scheme for pages as Chromium would, crashes a break window's renderer mid-break, makes a break
 * window throw once, and prints what the double recorded as JSON.
 */
const MINUTE_MS = 60_000;
const SECOND_MS = 1000;
const bundle = resolve(process.argv[2] ?? 'out/main/index.js');

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

/** The overlay windows that take focus: the break windows (the notice is the one that never does). */
const breakWindows = (): FakeWindow[] => double.windows.filter((w) => w.options.frame === false && w.options.focusable !== false);
const breakWindowShows = () => breakWindows().map((w) => w.shows);
const steps: { step: string; windows: number; shows: number[] }[] = [];
const note = (step: string) => steps.push({ step, windows: double.windows.length, shows: breakWindowShows() });

/** Node hands what a timer callback throws to 'uncaughtException'; the fake clock throws it from tick() instead. */
const tick = (ms: number): void => {
  try {
    clock.tick(ms);
  } catch (error) {
    process.emit('uncaughtException', error as Error);
  }
};
/** The person types for `typingMs`, then sits the break out for `awayMs`. */
const typeThenSitOut = (typingMs: number, awayMs: number): void => {
  for (let t = 0; t < typingMs + awayMs; t += SECOND_MS) {
    tick(SECOND_MS);
    if (t < typingMs) double.powerMonitor.idleSeconds = 0;
    else double.powerMonitor.idleSeconds++;
  }
};

// 1: a scheduled break after 20 minutes of typing, sat out for its 30 seconds.
typeThenSitOut(20 * MINUTE_MS, 40_000);
note('scheduled');
// 2: from the tray, finished by the break window through IPC.
double.trays[0]?.click('Start movement routine now');
note('tray');
double.ipcMain.invoke('break:finished', {}, pageUrl());
// 3: `breakwise --break-now` run again while Breakwise is running.
double.app.emit('second-instance', {}, ['breakwise', '--break-now'], '/', { breakwiseCommand: { type: 'breakNow', kind: 'micro' } });
note('second launch');
double.ipcMain.invoke('break:finished', {}, pageUrl());

// 4: the pages as the windows load them, over app://.
const page = await double.protocol.fetch(pageUrl('settings'));
const html = await page.text();
const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1] ?? '';
const scriptResponse = await double.protocol.fetch(new URL(script, pageUrl()).href);
const served = {
  page: { status: page.status, type: page.headers.get('content-type'), csp: page.headers.get('content-security-policy'), root: html.includes('<div id="root">') },
  script: { status: scriptResponse.status, type: scriptResponse.headers.get('content-type') },
  outside: (await double.protocol.fetch('app://breakwise/..%2fmain%2findex.js')).status,
};
const wrongPage = double.ipcMain.invoke('break:respond', { response: 'skip' }, pageUrl('settings'));

// 5: a break window's renderer crashes mid-break: the page is loaded again and shows the break.
double.trays[0]?.click('Start posture reset now');
const [crashing] = breakWindows();
double.app.emit('render-process-gone', {}, crashing?.webContents, { reason: 'crashed', exitCode: 139 });
const recovered = { reloads: crashing?.webContents.reloads, visible: crashing?.visible, session: double.ipcMain.invoke('session:get', {}, pageUrl()) };
double.ipcMain.invoke('break:finished', {}, pageUrl());

// 6: a break window throws once as the next scheduled break starts; the break after it still comes.
const before = breakWindowShows();
const failingWindow = breakWindows()[0];
if (failingWindow !== undefined) {
  const show = failingWindow.show.bind(failingWindow);
  failingWindow.show = () => {
    failingWindow.show = show;
    throw new Error('Object has been destroyed');
  };
}
typeThenSitOut(20 * MINUTE_MS, 40_000);
const afterFailure = breakWindowShows();
typeThenSitOut(20 * MINUTE_MS, 40_000);
const throwing = { before, afterFailure, after: breakWindowShows() };
// 7: the last break runs out and the person stays away. (Breakwise asks its busy detectors before
// each notice; they answer asynchronously and this loop never lets them, so every notice comes
// after the engine's 10-second wait for an answer, and the last break may be a routine.)
typeThenSitOut(0, 5 * MINUTE_MS);

process.stdout.write(
  `\n${JSON.stringify({
    lockRequests: double.app.lockRequests,
    trays: double.trays.map((t) => ({ image: t.image, tooltip: t.tooltip, menu: t.menu.map((i) => i.label ?? '-') })),
    windows: double.windows.map((w) => ({ title: w.options.title, webPreferences: w.options.webPreferences, loaded: w.loaded, show: w.options.show })),
    ipcChannels: [...double.ipcMain.handlers.keys()],
    session: { permissionRequest: double.session.permissionRequest !== null, beforeRequest: double.session.beforeRequest !== null },
    privileged: double.protocol.privileged,
    handled: [...double.protocol.handlers.keys()],
    applicationMenu: double.menu.application === undefined ? 'default' : double.menu.application,
    served,
    wrongPage,
    recovered,
    throwing,
    steps,
    records: double.calls.filter((c) => c.target === 'BrowserWindow').length,
    networkAttempts,
    localSocketAttempts,
  })}\n`,
);
clock.uninstall();
process.exit(0);
