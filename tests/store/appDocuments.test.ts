import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveSettings, NO_LAYERS } from '../../main/core/preferences/layers';
import { openDocument } from '../../main/store/documentStore';
import { historyDefinition } from '../../main/store/documents/historyDocument';
import { LEGACY_PAUSE_FILE, preferencesDefinition } from '../../main/store/documents/preferencesDocument';
import { flattenValues } from '../../main/core/preferences/settingPaths';
import { SETTING_FIELDS } from '../../main/core/preferences/settingFields';
import { filesIn, simulatedTimers, tempDirectory, WALL_MS, BACKUP_STAMP } from './storeTestKit';
import { confBackend } from './toyDocument';

const FIXTURES = join(import.meta.dirname, '../fixtures/store');
const dirs: { cleanUp(): void }[] = [];
const directory = () => {
  const dir = tempDirectory();
  dirs.push(dir);
  return dir.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.cleanUp()));

const open = <T extends object>(definition: Parameters<typeof openDocument<T>>[0], dir: string) =>
  openDocument(definition, { directory: dir, backend: confBackend, timers: simulatedTimers().timers, wallClock: () => WALL_MS });

describe("Breakwise's own documents on disk (real conf, real temp directories)", () => {
  it('preferences v1 — the 0.1.0 pause.json — becomes v2 with the pause kept and the old file set aside', () => {
    const dir = directory();
    copyFileSync(join(FIXTURES, 'preferences/v1-pause.json'), join(dir, LEGACY_PAUSE_FILE));
    const doc = open(preferencesDefinition, dir);
    expect(doc.get()).toEqual({ settings: {}, firstRun: null, pause: { untilWallMs: 1772460000000 } });
    expect(doc.recovery).toBeNull();
    expect(filesIn(dir)).toEqual(['pause.json.migrated', 'preferences.json']);
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ schemaVersion: 2, pause: { untilWallMs: 1772460000000 } });
  });

  it('preferences v2 is read as it is, and its user layer resolves over the defaults', () => {
    const dir = directory();
    copyFileSync(join(FIXTURES, 'preferences/v2.json'), join(dir, 'preferences.json'));
    const doc = open(preferencesDefinition, dir);
    expect(doc.recovery).toBeNull();
    const user = flattenValues(doc.get().settings, new Set(SETTING_FIELDS.map((f) => f.path))).values;
    const { settings, sources } = resolveSettings({ ...NO_LAYERS, user });
    expect(settings.microBreak.everyMinutes).toBe(25);
    expect(settings.workingHours.days.monday).toHaveLength(2);
    expect(sources['sound.voice']).toBe('user');
    expect(doc.get().firstRun).toEqual({ completedAtWallMs: 1772443200000, plan: 'gentle' });
  });

  it('a hand-edited preferences file with one bad value keeps the others, backs up the original, and says so once', () => {
    const dir = directory();
    const edited = JSON.stringify({ schemaVersion: 2, settings: { microBreak: { everyMinutes: 0, durationSeconds: 45 }, colour: 'blue' }, firstRun: null, pause: null });
    writeFileSync(join(dir, 'preferences.json'), edited);
    const doc = open(preferencesDefinition, dir);
    expect(doc.get().settings).toEqual({ microBreak: { durationSeconds: 45 } });
    const problems = doc.recovery?.problems.join('\n');
    expect(problems).toMatch(/settings\.microBreak\.everyMinutes: .*>=2, dropped/);
    expect(problems).toMatch(/settings\.colour: not a Breakwise setting, dropped/);
    const backup = join(dir, `preferences.corrupt-${BACKUP_STAMP}.json`);
    expect(readFileSync(backup, 'utf8')).toBe(edited);
  });

  it('history v1 is read from its fixture; a corrupt history is kept aside and starts empty', () => {
    const dir = directory();
    copyFileSync(join(FIXTURES, 'history/v1.json'), join(dir, 'history.json'));
    const doc = open(historyDefinition, dir);
    expect(doc.recovery).toBeNull();
    expect(doc.get().days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03']);
    expect(doc.get().open).toEqual({ dateKey: '2026-03-04', activeSeconds: 5400, longestSittingSeconds: 1800 });

    const broken = directory();
    writeFileSync(join(broken, 'history.json'), '{"schemaVersion":1,"days":[{"date":"2026-03-0');
    const recovered = open(historyDefinition, broken);
    expect(recovered.get()).toEqual({ days: [], open: null });
    expect(existsSync(join(broken, `history.corrupt-${BACKUP_STAMP}.json`))).toBe(true);
  });
});
