import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_STAMP, filesIn, openToy, tempDirectory } from './storeTestKit';
import type { Toy } from './toyDocument';

const DEFAULTS: Toy = { breakMinutes: 20, soundEnabled: true, tally: 0 };
const VALID = '{\n\t"schemaVersion": 3,\n\t"breakMinutes": 35,\n\t"soundEnabled": false,\n\t"tally": 12\n}';
const BACKUP = `toy.corrupt-${BACKUP_STAMP}.json`;

interface BadFile {
  readonly bytes: Buffer;
  /** What survives: the valid fields, defaults for the rest. */
  readonly expected: Toy;
  readonly problem: RegExp;
}

const CASES: Record<string, BadFile> = {
  'garbage bytes': { bytes: Buffer.from([0x00, 0xff, 0x13, 0x37, 0x7b, 0xfe, 0x0a]), expected: DEFAULTS, problem: /not valid JSON/ },
  'truncated JSON (a write cut short by another tool)': { bytes: Buffer.from(VALID.slice(0, 40)), expected: DEFAULTS, problem: /not valid JSON/ },
  'an empty file': { bytes: Buffer.alloc(0), expected: DEFAULTS, problem: /not valid JSON/ },
  'wrong types from a hand edit': {
    bytes: Buffer.from('{ "schemaVersion": 3, "breakMinutes": "twenty", "soundEnabled": false, "tally": 12 }'),
    expected: { breakMinutes: 20, soundEnabled: false, tally: 12 },
    problem: /breakMinutes/,
  },
  'a value out of range and an unknown key': {
    bytes: Buffer.from('{ "schemaVersion": 3, "breakMinutes": 999, "soundEnabled": false, "tally": 12, "colour": "red" }'),
    expected: { breakMinutes: 20, soundEnabled: false, tally: 12 },
    problem: /breakMinutes: Too big[^\n]*\ncolour: unknown, dropped/,
  },
  'a version from the future (a downgrade)': {
    bytes: Buffer.from('{ "schemaVersion": 9, "breakMinutes": 35, "soundEnabled": false, "tally": 12, "newIn9": [1] }'),
    expected: { breakMinutes: 35, soundEnabled: false, tally: 12 },
    problem: /version 9, newer than this Breakwise knows \(3\)/,
  },
  'a version that is not a number': { bytes: Buffer.from('{ "schemaVersion": "3", "breakMinutes": 35 }'), expected: DEFAULTS, problem: /schemaVersion/ },
  'an array instead of an object': { bytes: Buffer.from('[1, 2, 3]'), expected: DEFAULTS, problem: /holds an array, not an object/ },
  'an old file its migration cannot read': {
    bytes: Buffer.from('{ "schemaVersion": 2, "breakMinutes": 35, "sound": "loud" }'),
    expected: DEFAULTS,
    problem: /migration to version 3 failed: sound must be "on" or "off"/,
  },
};

describe('a file that cannot be used as it is', () => {
  let dir: ReturnType<typeof tempDirectory>;
  beforeEach(() => {
    dir = tempDirectory();
  });
  afterEach(() => dir.cleanUp());

  it.each(Object.entries(CASES))('%s: is kept byte for byte as a backup, its valid parts survive, and the person is told once', (_name, bad) => {
    const filePath = join(dir.path, 'toy.json');
    writeFileSync(filePath, bad.bytes);

    const doc = openToy(dir.path);
    expect(doc.get()).toEqual(bad.expected);
    expect(doc.recovery?.backupPath).toBe(join(dir.path, BACKUP));
    expect(doc.recovery?.problems.join('\n')).toMatch(bad.problem);
    expect(readFileSync(join(dir.path, BACKUP)).equals(bad.bytes)).toBe(true);
    // Recovered values are written at once, as a clean current-version file.
    expect(JSON.parse(readFileSync(filePath, 'utf8'))).toEqual({ schemaVersion: 3, ...bad.expected });

    const reopened = openToy(dir.path);
    expect(reopened.recovery).toBeNull();
    expect(reopened.get()).toEqual(bad.expected);
    expect(filesIn(dir.path)).toEqual([BACKUP, 'toy.json']);
  });

  it('keeps both backups when the file is found broken twice in the same second', () => {
    const filePath = join(dir.path, 'toy.json');
    writeFileSync(filePath, 'first');
    openToy(dir.path);
    writeFileSync(filePath, 'second');
    expect(openToy(dir.path).recovery?.backupPath).toBe(join(dir.path, `toy.corrupt-${BACKUP_STAMP}-2.json`));
    expect(readFileSync(join(dir.path, BACKUP), 'utf8')).toBe('first');
    expect(readFileSync(join(dir.path, `toy.corrupt-${BACKUP_STAMP}-2.json`), 'utf8')).toBe('second');
  });

  it('leaves a file it cannot read untouched and keeps changes in memory only', () => {
    // A folder where the file should be: unreadable for root too, and not ours to replace.
    mkdirSync(join(dir.path, 'toy.json'));
    const doc = openToy(dir.path);
    expect(doc.recovery).toMatchObject({ backupPath: null, problems: [expect.stringMatching(/could not be read/)] });
    doc.update((toy) => ({ ...toy, breakMinutes: 40 }), 'soon');
    expect(doc.get().breakMinutes).toBe(40);
    expect(doc.flush()).toBe(false);
    expect(filesIn(dir.path)).toEqual(['toy.json']);
    expect(filesIn(join(dir.path, 'toy.json'))).toEqual([]);
  });

  it('removes temp files a killed write left behind, and nothing else', () => {
    writeFileSync(join(dir.path, 'toy.json'), VALID);
    writeFileSync(join(dir.path, 'toy.json.tmp-1773500966a1b2c3'), '{"schemaVersion": 3, "brea');
    writeFileSync(join(dir.path, 'toy.json.tmp-notours'), 'kept');
    expect(openToy(dir.path).get().tally).toBe(12);
    expect(filesIn(dir.path)).toEqual(['toy.json', 'toy.json.tmp-notours']);
  });
});
