import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkMigrations, migrateDocument, MigrationError, type Migration } from '../../main/store/migrations';
import { filesIn, openToy, tempDirectory } from './storeTestKit';
import { toyDefinition, type Toy } from './toyDocument';

const FIXTURES = join(import.meta.dirname, '../fixtures/store');
const { version, migrations } = toyDefinition;

const failure = (run: () => unknown): MigrationError => {
  try {
    run();
  } catch (error) {
    if (error instanceof MigrationError) return error;
    throw error;
  }
  throw new Error('expected a MigrationError');
};

describe('the migration runner', () => {
  it('reads a file without a version as version 1 and takes it through every step', () => {
    expect(migrateDocument({ minutes: 15, sound: 'off' }, version, migrations)).toEqual({
      data: { breakMinutes: 15, soundEnabled: false },
      fromVersion: 1,
    });
  });

  it('starts from the version the file names and drops the version field', () => {
    expect(migrateDocument({ schemaVersion: 2, breakMinutes: 15, sound: 'on' }, version, migrations).data).toEqual({ breakMinutes: 15, soundEnabled: true });
    expect(migrateDocument({ schemaVersion: 3, breakMinutes: 15 }, version, migrations)).toEqual({ data: { breakMinutes: 15 }, fromVersion: 3 });
  });

  it('passes through versions that needed no step', () => {
    const addsAField: Migration = { to: 3, migrate: (old) => ({ ...(old as object), added: true }) };
    expect(migrateDocument({ a: 1 }, 5, [addsAField])).toEqual({ data: { a: 1, added: true }, fromVersion: 1 });
    expect(migrateDocument({ schemaVersion: 4, a: 1 }, 5, [addsAField])).toEqual({ data: { a: 1 }, fromVersion: 4 });
  });

  it('refuses a file from a newer version, naming both versions', () => {
    const error = failure(() => migrateDocument({ schemaVersion: 4 }, version, migrations));
    expect(error.kind).toBe('newer');
    expect(error.message).toBe('The file is version 4, newer than this Breakwise knows (3)');
  });

  it.each([[{ schemaVersion: '2' }], [{ schemaVersion: 0 }], [{ schemaVersion: 1.5 }], [null], [[1]], ['text']])('refuses %j as invalid', (stored) => {
    expect(failure(() => migrateDocument(stored, version, migrations)).kind).toBe('invalid');
  });

  it('says which step failed when a migration throws or returns something that is not an object', () => {
    const throws = failure(() => migrateDocument({ schemaVersion: 2, sound: 42 }, version, migrations));
    expect(throws.kind).toBe('failed');
    expect(throws.message).toMatch(/^The migration to version 3 failed: sound must be/);
    const returnsNull = failure(() => migrateDocument({}, 2, [{ to: 2, migrate: () => null }]));
    expect(returnsNull.message).toBe('The migration to version 2 returned null, not an object');
  });

  it.each<[number, Migration[]]>([
    [0, []],
    [3, [{ to: 3, migrate: (x) => x }, { to: 2, migrate: (x) => x }]],
    [3, [{ to: 2, migrate: (x) => x }, { to: 2, migrate: (x) => x }]],
    [2, [{ to: 3, migrate: (x) => x }]],
    [3, [{ to: 1, migrate: (x) => x }]],
  ])('rejects a definition with version %i and steps out of order or out of range', (current, steps) => {
    expect(() => checkMigrations(current, steps)).toThrow();
  });
});

/** The fixtures: one file for every version the toy document has had, and what it becomes. */
const EXPECTED_FROM: Record<string, Toy> = {
  'toy-v1.json': { breakMinutes: 15, soundEnabled: false, tally: 0 },
  'toy-v2.json': { breakMinutes: 15, soundEnabled: false, tally: 0 },
  'toy-v3.json': { breakMinutes: 15, soundEnabled: false, tally: 7 },
};

describe('opening every earlier version from its fixture', () => {
  let dir: ReturnType<typeof tempDirectory>;
  beforeEach(() => {
    dir = tempDirectory();
  });
  afterEach(() => dir.cleanUp());

  it('has a fixture for every version from 1 to the current one', () => {
    const fixtures = readdirSync(FIXTURES).filter((name) => name.startsWith('toy-v'));
    expect(fixtures.sort()).toEqual(Array.from({ length: version }, (_, i) => `toy-v${i + 1}.json`));
    expect(Object.keys(EXPECTED_FROM).sort()).toEqual(fixtures);
  });

  it.each(Object.entries(EXPECTED_FROM))('%s opens migrated, without a recovery, and is saved as the current version', (fixture, expected) => {
    copyFileSync(join(FIXTURES, fixture), join(dir.path, 'toy.json'));
    const doc = openToy(dir.path);
    expect(doc.recovery).toBeNull();
    expect(doc.get()).toEqual(expected);
    expect(JSON.parse(readFileSync(join(dir.path, 'toy.json'), 'utf8'))).toEqual({ schemaVersion: version, ...expected });
    // A migrated file is saved at once; an up-to-date one is not rewritten just for being opened.
    expect(doc.counters.writes).toBe(fixture === `toy-v${version}.json` ? 0 : 1);
    expect(filesIn(dir.path)).toEqual(['toy.json']);
  });

  it('reads a legacy file as version 1, saves it as the document, then renames it aside', () => {
    copyFileSync(join(FIXTURES, 'toy-v1.json'), join(dir.path, 'settings.json'));
    const doc = openToy(dir.path, {}, { ...toyDefinition, legacyFile: 'settings.json' });
    expect(doc.recovery).toBeNull();
    expect(doc.get()).toEqual(EXPECTED_FROM['toy-v1.json']);
    expect(filesIn(dir.path)).toEqual(['settings.json.migrated', 'toy.json']);
    expect(readFileSync(join(dir.path, 'settings.json.migrated'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'toy-v1.json'), 'utf8'));
    // Once the document exists, the legacy file is never consulted again.
    copyFileSync(join(FIXTURES, 'toy-v1.json'), join(dir.path, 'settings.json'));
    expect(openToy(dir.path, {}, { ...toyDefinition, legacyFile: 'settings.json' }).get()).toEqual(EXPECTED_FROM['toy-v1.json']);
    expect(filesIn(dir.path)).toEqual(['settings.json', 'settings.json.migrated', 'toy.json']);
  });

  it('keeps a broken legacy file aside, starts from the defaults and says so', () => {
    const broken = '{ "minutes": 15, "sou';
    writeFileSync(join(dir.path, 'settings.json'), broken);
    const doc = openToy(dir.path, {}, { ...toyDefinition, legacyFile: 'settings.json' });
    expect(doc.get()).toEqual(toyDefinition.defaults());
    expect(doc.recovery).toEqual({
      backupPath: join(dir.path, 'settings.json.migrated'),
      problems: [expect.stringMatching(/not valid JSON/)],
      valuesLost: true,
      newerVersion: false,
    });
    expect(readFileSync(join(dir.path, 'settings.json.migrated'), 'utf8')).toBe(broken);
  });
});
