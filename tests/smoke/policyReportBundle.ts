import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RecordingElectron } from '../support/electron/recordingElectron';

/**
 * Runs in a child process: the built main bundle started as `breakwise --policy-report`, with a
 * preferences.json of the person's own in its data folder (BREAKWISE_DOUBLE_USER_DATA, or a new one). The report goes to stdout; the exit
 * code the app asked for is printed last, on a line of its own.
 */
const bundle = resolve(process.argv[2] ?? 'out/main/index.js');
// A driver may bring its own data folder; otherwise one with a single change of the person's.
if (process.env.BREAKWISE_DOUBLE_USER_DATA === undefined) {
  const userData = mkdtempSync(join(tmpdir(), 'breakwise-report-'));
  writeFileSync(join(userData, 'preferences.json'), JSON.stringify({ schemaVersion: 2, settings: { microBreak: { everyMinutes: 25 } }, firstRun: null, pause: null }));
  process.env.BREAKWISE_DOUBLE_USER_DATA = userData;
}
process.argv = [process.argv[0] ?? 'node', 'breakwise', '--policy-report'];
await import(pathToFileURL(bundle).href);
const double = (globalThis as { electronDouble?: RecordingElectron }).electronDouble;
// The report waits for real, asynchronous policy reads; the bound ends as soon as the app exits.
const EXIT_LIMIT_MS = 30_000;
const startedAt = Date.now();
while (double?.app.exitCode === null && Date.now() - startedAt < EXIT_LIMIT_MS) await new Promise((done) => setImmediate(done));
process.stdout.write(`\nexit ${String(double?.app.exitCode)} trays ${double?.trays.length ?? 0} windows ${double?.windows.length ?? 0}\n`);
