import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { historyHandlers } from '../../main/app/historyWiring';
import { createMainText } from '../../main/i18n/mainText';
import { openDocument } from '../../main/store/documentStore';
import { openAppDocuments, recoveryNotice } from '../../main/store/documents/appDocuments';
import { preferencesDefinition } from '../../main/store/documents/preferencesDocument';
import { readPreferencesFile } from '../../main/store/documents/readPreferencesFile';
import { historyServiceWith } from '../support/historyBridge';
import { filesIn, simulatedTimers, tempDirectory, WALL_MS } from './storeTestKit';
import { confBackend } from './toyDocument';

const dirs: { cleanUp(): void }[] = [];
const directory = (): string => {
  const dir = tempDirectory();
  dirs.push(dir);
  return dir.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.cleanUp()));

const openPreferences = (dir: string) =>
  openDocument(preferencesDefinition, { directory: dir, backend: confBackend, timers: simulatedTimers().timers, wallClock: () => WALL_MS });
const openApp = (dir: string, log: string[] = []) =>
  openAppDocuments({ directory: dir, backend: confBackend, after: simulatedTimers().timers.after, wallClock: () => WALL_MS, log: (line) => log.push(line) });
const onDisk = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const BOM = '\uFEFF';
const PERSON = { settings: { snooze: { minutes: 3 } }, firstRun: { completedAtWallMs: WALL_MS, plan: 'standard' }, pause: null };

describe('preferences.json holds only what the person changed', () => {
  it('writes no default into the file, whatever is saved', () => {
    const dir = directory();
    const doc = openPreferences(dir);
    doc.update((data) => ({ ...data, firstRun: { completedAtWallMs: WALL_MS, plan: 'standard' } }), 'soon');
    expect(doc.flush()).toBe(true);
    expect(onDisk(join(dir, 'preferences.json'))).toEqual({ schemaVersion: 2, settings: {}, firstRun: { completedAtWallMs: WALL_MS, plan: 'standard' }, pause: null });
    doc.update((data) => ({ ...data, settings: { snooze: { minutes: 3 } } }), 'soon');
    doc.update((data) => ({ ...data, settings: {} }), 'soon');
    doc.dispose();
    expect((onDisk(join(dir, 'preferences.json')) as { settings: unknown }).settings).toEqual({});
    expect(openPreferences(dir).get().settings).toEqual({});
  });
});

describe('a file that only looks unusual loses nothing and is not called damaged', () => {
  it('reads a file with a byte-order mark in full: no backup, no notice, and the next save drops the mark', () => {
    const dir = directory();
    writeFileSync(join(dir, 'preferences.json'), `${BOM}${JSON.stringify({ schemaVersion: 2, ...PERSON })}`);
    const documents = openApp(dir);
    expect(documents.preferences.get()).toEqual(PERSON);
    expect(documents.notices).toEqual([]);
    expect(filesIn(dir).filter((name) => name.includes('corrupt'))).toEqual([]);
    documents.preferences.update((data) => ({ ...data, pause: { untilWallMs: null } }), 'soon');
    documents.dispose();
    expect(readFileSync(join(dir, 'preferences.json'), 'utf8').startsWith(BOM)).toBe(false);
    expect(onDisk(join(dir, 'preferences.json'))).toEqual({ schemaVersion: 2, ...PERSON, pause: { untilWallMs: null } });
  });

  it('keeps every value of a newer version, keeps the original, and says so without claiming defaults', () => {
    const dir = directory();
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ schemaVersion: 3, ...PERSON }));
    const documents = openApp(dir);
    expect(documents.preferences.get()).toEqual(PERSON);
    expect(documents.preferences.recovery).toMatchObject({ valuesLost: false, newerVersion: true });
    expect(documents.notices).toEqual([{ file: join(dir, 'preferences.json'), backup: expect.stringMatching(/preferences\.corrupt-/), outcome: 'newerKept' }]);
  });

  it('says defaults are used only when something was in fact replaced', () => {
    const dir = directory();
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ schemaVersion: 2, ...PERSON, settings: { snooze: { minutes: 'three' }, strict: true } }));
    const documents = openApp(dir);
    expect(documents.preferences.get().settings).toEqual({ strict: true });
    expect(documents.notices).toEqual([{ file: join(dir, 'preferences.json'), backup: expect.stringMatching(/preferences\.corrupt-/), outcome: 'partDefault' }]);
  });

  it('tells a file it could not read, left untouched, from one it repaired', () => {
    expect(recoveryNotice('/data/preferences.json', { backupPath: null, problems: ['EACCES'], valuesLost: true, newerVersion: false })).toEqual({ file: '/data/preferences.json', backup: null, outcome: 'untouched' });
    expect(recoveryNotice('/data/history.json', { backupPath: '/data/h.bak', problems: [], valuesLost: false, newerVersion: false })).toEqual({ file: '/data/history.json', backup: '/data/h.bak', outcome: 'readInFull' });
    expect(recoveryNotice('/data/history.json', { backupPath: '/data/h.bak', problems: [], valuesLost: true, newerVersion: true }).outcome).toBe('newerPartDefault');
  });
});

describe('--policy-report reads the person\'s file as the app does', () => {
  const cases: Record<string, string> = {
    'a byte-order mark': `${BOM}${JSON.stringify({ schemaVersion: 2, ...PERSON })}`,
    'a newer version': JSON.stringify({ schemaVersion: 3, ...PERSON, addedLater: [1] }),
    'one bad value among good ones': JSON.stringify({ schemaVersion: 2, ...PERSON, settings: { snooze: { minutes: 3 }, strict: 'yes' } }),
    'the 0.1.0 layout': JSON.stringify({ schemaVersion: 1, pause: { untilWallMs: 5 } }),
    'not JSON at all': '{"schemaVersion": 2, "sett',
  };
  it.each(Object.entries(cases))('%s: the same preferences as the store, and the file untouched', (_name, text) => {
    const reportDir = directory();
    const appDir = directory();
    writeFileSync(join(reportDir, 'preferences.json'), text);
    writeFileSync(join(appDir, 'preferences.json'), text);
    const reported = readPreferencesFile(reportDir);
    expect(reported).toEqual(openPreferences(appDir).get());
    expect(readFileSync(join(reportDir, 'preferences.json'), 'utf8')).toBe(text);
    expect(filesIn(reportDir)).toEqual(['preferences.json']);
  });

  it('reads the legacy pause file only when preferences.json does not exist, as the store does', () => {
    const reportDir = directory();
    writeFileSync(join(reportDir, 'pause.json'), JSON.stringify({ pause: { untilWallMs: 7 } }));
    expect(readPreferencesFile(reportDir).pause).toEqual({ untilWallMs: 7 });
  });
});

describe.skipIf(process.platform === 'win32')('private files: history holds health-adjacent data', () => {
  it('makes the data folder 0700 and writes the files 0600, narrowing files an older version left wider', () => {
    const dir = join(directory(), 'Breakwise');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ schemaVersion: 2, ...PERSON }), { mode: 0o644 });
    const documents = openApp(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'preferences.json')).mode & 0o777).toBe(0o600);
    documents.history.update((data) => ({ ...data, open: null, days: [] }), 'soon');
    documents.preferences.update((data) => ({ ...data, pause: null, settings: { strict: true } }), 'soon');
    documents.dispose();
    for (const name of filesIn(dir)) expect(statSync(join(dir, name)).mode & 0o777, name).toBe(0o600);
  });

  it('keeps the backup of a damaged file private, although the original was world-readable', () => {
    const dir = directory();
    writeFileSync(join(dir, 'preferences.json'), 'not json', { mode: 0o644 });
    const doc = openPreferences(dir);
    expect(doc.recovery?.backupPath).toMatch(/corrupt/);
    expect(statSync(doc.recovery?.backupPath ?? '').mode & 0o777).toBe(0o600);
  });

  it('writes an export 0600, also over an older export that was world-readable', async () => {
    const dir = directory();
    const target = join(dir, 'export.csv');
    writeFileSync(target, 'old', { mode: 0o644 });
    const history = historyServiceWith([], { dateKey: '2026-03-14', activeSeconds: 0, longestSittingSeconds: 0 });
    const handlers = historyHandlers(history, () => Promise.resolve({ canceled: false, filePath: target }), () => '2026-03-14', () => createMainText('en'));
    await expect(handlers['history:export']({ format: 'csv' })).resolves.toEqual({ path: target });
    expect(readFileSync(target, 'utf8')).toMatch(/^date,/);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });
});
