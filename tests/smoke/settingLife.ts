import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageUrl } from '../../main/windows/appProtocol';
import type { RecordingElectron } from '../support/electron/recordingElectron';

/**
 * Runs in a child process: one start of the built main bundle on the recording double, with the
 * data folder the parent chose (BREAKWISE_DOUBLE_USER_DATA), so that the parent can restart the
 * app as often as it likes over the same files. It does what argv[3] asks (a JSON list of
 * actions, as the settings and welcome windows would through IPC), quits as the tray's Quit
 * does, and prints the settings view the person would see after each action.
 */
type Action = { do: 'show' } | { do: 'welcome'; plan: string; startAtLogin: boolean } | { do: 'set'; path: string; value: unknown } | { do: 'reset'; path: string };

const bundle = resolve(process.argv[2] ?? 'out/main/index.js');
const actions = JSON.parse(process.argv[3] ?? '[{"do":"show"}]') as Action[];
const flush = () => new Promise((done) => setImmediate(done));

process.argv = [process.argv[0] ?? 'node', 'breakwise'];
await import(pathToFileURL(bundle).href);
const double = (globalThis as { electronDouble?: RecordingElectron }).electronDouble;
if (double === undefined) throw new Error('the bundle did not load the electron double');
double.app.becomeReady();
// Start-up reads the OS policy first (real, asynchronous file reads): wait for the tray. The
// bound is generous, as for any child process on a loaded machine; it ends as soon as the tray exists.
const STARTUP_LIMIT_MS = 30_000;
const startedAt = Date.now();
while (double.trays.length === 0 && Date.now() - startedAt < STARTUP_LIMIT_MS) await flush();
if (double.trays.length === 0) throw new Error('the app did not start');

const channelOf = { show: 'settings:get', welcome: 'firstRun:complete', set: 'settings:set', reset: 'settings:reset' } as const;
/** Each window may use only its own channels: the welcome completes first run, the settings window does the rest. */
const pageOf = { show: pageUrl('settings'), welcome: pageUrl('welcome'), set: pageUrl('settings'), reset: pageUrl('settings') } as const;
const views: unknown[] = [];
for (const action of actions) {
  const { do: kind, ...payload } = action;
  // Handlers answer { ok: true, value } or { ok: false, error }, as the preload unwraps them.
  const answer = (await double.ipcMain.invoke(channelOf[kind], kind === 'show' ? {} : payload, pageOf[kind])) as { ok: boolean; value?: unknown; error?: unknown };
  views.push(answer.ok ? answer.value : { refused: answer.error });
}
const welcomeOpen = double.windows.some((w) => w.loaded?.endsWith('#welcome') === true && !w.destroyed);
double.app.quit();
process.stdout.write(`\n${JSON.stringify({ views, welcomeOpen })}\n`);
process.exit(0);
