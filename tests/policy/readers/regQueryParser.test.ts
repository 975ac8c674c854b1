import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../../main/policy/readers/regQueryParser';

const FIXTURES = join(import.meta.dirname, '../../fixtures/policy/windows');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const BREAKWISE = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Breakwise';

describe('parsing `reg query /s` output', () => {
  it('keeps the CRLF line endings reg.exe writes in its fixtures', () => {
    // Guards against an editor or a git setting quietly turning the fixtures into LF files.
    expect(fixture('all-value-types.txt')).toMatch(/\r\n/);
    expect(fixture('all-value-types.txt').replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('lists every key with its values, in the order reg.exe printed them', () => {
    expect(parseRegQuery(fixture('machine-policy.txt'))).toEqual({
      keys: [
        {
          path: BREAKWISE,
          values: {
            MicroBreakEveryMinutes: 20,
            StrictMode: 1,
            AdminContact: 'IT Service Desk, ext. 4242',
            DisabledExercises: ['neck-roll', 'wrist-circles'],
          },
        },
        { path: `${BREAKWISE}\\Recommended`, values: { LongBreakEveryMinutes: 60, SoundEnabled: 0 } },
      ],
      problems: [],
    });
  });

  it('decodes every value type a policy can use, and names with spaces', () => {
    const [main] = parseRegQuery(fixture('all-value-types.txt')).keys;
    expect(main?.values).toEqual({
      'Admin Contact': 'Jo Smith  (Facilities)',
      ExportFolder: '%USERPROFILE%\\Breaks',
      EmptyWithSeparator: '',
      EmptyTrimmed: '',
      MaxDword: 0xffff_ffff,
      BigQword: 2 ** 40,
      DisabledExercises: ['neck-roll', 'shoulder shrug', 'wrist-circles'],
      NoExercises: [],
    });
  });

  it('refuses binary, typeless and oversized values with a problem naming key and value', () => {
    const { problems } = parseRegQuery(fixture('all-value-types.txt'));
    expect(problems).toEqual([
      { source: BREAKWISE, key: 'HugeQword', reason: expect.stringContaining('too large') },
      { source: BREAKWISE, key: 'Logo', reason: expect.stringContaining('REG_BINARY values are not supported') },
      { source: BREAKWISE, key: 'Nothing', reason: expect.stringContaining('REG_NONE values are not supported') },
    ]);
  });

  it('lists a subkey without values as an empty key', () => {
    const keys = parseRegQuery(fixture('all-value-types.txt')).keys.map((key) => [key.path, Object.keys(key.values).length]);
    expect(keys).toEqual([
      [BREAKWISE, 8],
      [`${BREAKWISE}\\Empty`, 0],
      [`${BREAKWISE}\\Extras`, 1],
      [`${BREAKWISE}\\Recommended`, 1],
    ]);
  });

  it('finds nothing, and no problem, in the "unable to find" message', () => {
    expect(parseRegQuery(fixture('not-configured.txt')).keys).toEqual([]);
  });

  it('reads output with LF endings too, and skips the summary a search switch adds', () => {
    const output = `\n${BREAKWISE}\n    StrictMode    REG_DWORD    0x0\n\nEnd of search: 1 match(es) found.\n`;
    expect(parseRegQuery(output)).toEqual({ keys: [{ path: BREAKWISE, values: { StrictMode: 0 } }], problems: [] });
  });

  it('reports a line it cannot place, such as the rest of a string that contained a line break', () => {
    const output = `${BREAKWISE}\r\n    AdminContact    REG_SZ    first line\r\nsecond line\r\n`;
    expect(parseRegQuery(output).problems).toEqual([{ source: BREAKWISE, reason: 'ignored an unrecognised line: "second line"' }]);
  });

  it('reports malformed numbers instead of guessing', () => {
    const output = `${BREAKWISE}\r\n    MicroBreakEveryMinutes    REG_DWORD    twenty\r\n`;
    expect(parseRegQuery(output).problems).toEqual([
      { source: BREAKWISE, key: 'MicroBreakEveryMinutes', reason: 'ignored: unreadable REG_DWORD data "twenty"' },
    ]);
  });
});
