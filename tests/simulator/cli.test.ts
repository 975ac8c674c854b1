import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'breakwise-sim-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const jsonLines = (...objects: unknown[]): string => objects.map((o) => JSON.stringify(o)).join('\n');

/**
 * A replay takes well under a second. Traces the simulator used to accept ran for hours; the
 * child is stopped after this long so such a regression fails the test instead of stalling the run.
 */
const CHILD_TIMEOUT_MS = 30_000;

/** Runs the simulator exactly as `npm run simulate --` does. */
const simulate = (args: string[], tz = 'UTC') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulator/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
    timeout: CHILD_TIMEOUT_MS,
  });

const day = [
  { at: '2026-03-02T09:00:00', event: 'start' },
  { from: '2026-03-02T09:00:00', to: '2026-03-02T09:45:00', event: 'active' },
  { at: '2026-03-02T09:45:10', event: 'lock' },
  { at: '2026-03-02T10:00:00', event: 'unlock' },
  { from: '2026-03-02T10:00:00', to: '2026-03-02T10:30:00', event: 'active' },
  { at: '2026-03-02T10:30:00', event: 'end' },
]
  .map((line) => JSON.stringify(line))
  .join('\n');
const tracePath = file('day.jsonl', day);

describe('npm run simulate', () => {
  it('replays a day in the TZ time zone and prints what Breakwise would have done', () => {
    const run = simulate(['--trace', tracePath], 'Europe/Berlin');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    // 75 minutes at the keyboard, less the three 30-second breaks the person took.
    expect(result.activeSeconds).toBe(45 * 60 + 30 * 60 - 3 * 30);
    expect(result.prompts).toEqual([
      { at: '2026-03-02T09:20:00+01:00', kind: 'micro', outcome: 'taken', deferredSeconds: 0 },
      { at: '2026-03-02T09:40:30+01:00', kind: 'micro', outcome: 'taken', deferredSeconds: 0 },
      { at: '2026-03-02T10:20:00+01:00', kind: 'micro', outcome: 'taken', deferredSeconds: 0 },
    ]);
    expect(result.overdueNotices).toEqual([]);
    expect(result.naturalBreaks).toEqual([{ from: '2026-03-02T09:45:00+01:00', to: '2026-03-02T10:00:00+01:00' }]);
    expect(result.longestSittingSeconds).toBe(20 * 60);
    expect(result.wakeups).toBeGreaterThan(0);
  });

  it('merges a partial settings file over the defaults and follows --respond', () => {
    const settings = file('settings.json', JSON.stringify({ microBreak: { everyMinutes: 15 }, snooze: { maxPerBreak: 1 } }));
    const result = JSON.parse(simulate(['--trace', tracePath, '--settings', settings, '--respond', 'snooze']).stdout);
    expect(result.prompts.slice(0, 2)).toEqual([
      { at: '2026-03-02T09:15:00+00:00', kind: 'micro', outcome: 'snoozed', deferredSeconds: 0 },
      { at: '2026-03-02T09:20:00+00:00', kind: 'micro', outcome: 'taken', deferredSeconds: 0 },
    ]);
  });

  it('holds a break through a meeting, brings it after the grace, and says when it became overdue', () => {
    const meeting = file(
      'meeting.jsonl',
      jsonLines(
        { at: '2026-03-02T09:00:00', event: 'start' },
        { from: '2026-03-02T09:00:00', to: '2026-03-02T09:10:00', event: 'active' },
        // Typing goes on through the call, on the lines that follow the busy line.
        { from: '2026-03-02T09:10:00', to: '2026-03-02T10:30:00', event: 'busy', reason: 'camera' },
        { from: '2026-03-02T09:10:00', to: '2026-03-02T11:00:00', event: 'active' },
        { at: '2026-03-02T11:00:00', event: 'end' },
      ),
    );
    const result = JSON.parse(simulate(['--trace', meeting]).stdout);
    // Due at 09:20 (notice at 09:19:30), held; the call ends at 10:30:00 and the next look (10:30:30)
    // sees it; the grace of 60 s ends with the break at 10:31:30 — one routine in place of the
    // micro break and the routine both owed.
    expect(result.prompts).toEqual([
      { at: '2026-03-02T10:31:30+00:00', kind: 'routine', outcome: 'taken', deferredSeconds: 71 * 60 + 30 },
      { at: '2026-03-02T10:54:30+00:00', kind: 'micro', outcome: 'taken', deferredSeconds: 0 },
    ]);
    expect(result.overdueNotices).toEqual([{ at: '2026-03-02T10:19:30+00:00' }]);
    // Sitting went on counting through the call.
    expect(result.longestSittingSeconds).toBe(91 * 60 + 30);
  });

  it('gives no overdue notice during a presentation, only the tray', () => {
    const presenting = file(
      'presenting.jsonl',
      jsonLines(
        { at: '2026-03-02T09:00:00', event: 'start' },
        { from: '2026-03-02T09:00:00', to: '2026-03-02T10:30:00', event: 'busy', reason: 'presentation' },
        { from: '2026-03-02T09:00:00', to: '2026-03-02T11:00:00', event: 'active' },
        { at: '2026-03-02T11:00:00', event: 'end' },
      ),
    );
    const result = JSON.parse(simulate(['--trace', presenting]).stdout);
    expect(result.overdueNotices).toEqual([]);
    expect(result.prompts[0]).toMatchObject({ at: '2026-03-02T10:31:30+00:00', kind: 'routine' });
  });

  it.each([
    [['--trace'], /--trace/],
    [['--trace', tracePath, '--respond', 'sometimes'], /--respond must be one of accept, snooze, skip, ignore/],
    [['--trace', tracePath, '--frobnicate'], /Unknown option '--frobnicate'/],
    [['--trace', join(dir, 'missing.jsonl')], /cannot read the trace file .* ENOENT/],
    [['--trace', file('bad.jsonl', `${JSON.stringify({ at: '2026-03-02T09:00:00Z', event: 'start' })}\n{"at":5,"event":"input"}`)], /trace line 2, field "at"/],
    [['--trace', tracePath, '--settings', file('bad.json', '{"idle": {"pauseAfterSeconds": -1}}')], /field idle\.pauseAfterSeconds/],
    [['--trace', tracePath, '--settings', file('broken.json', '{\n  "strict": tru\n}')], /not valid JSON at line 2/],
  ])('refuses %j with a clear message, exit code 2 and nothing on stdout', (args, message) => {
    const run = simulate(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  describe('bad input (issue 10)', () => {
    const start = { at: '2026-03-02T09:00:00Z', event: 'start' };
    const end = { at: '2026-03-02T17:00:00Z', event: 'end' };
    const trace = (name: string, ...middle: unknown[]): string => file(name, jsonLines(start, ...middle, end));
    const jump = (seconds: number) => ({ at: '2026-03-02T10:00:00Z', event: 'clock-jump', seconds });
    const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

    it.each([
      ['a clock jump of -1e12 s', ['--trace', trace('jump-1e12.jsonl', jump(-1e12))], /^breakwise simulate: trace line 2, field "seconds": .*year/],
      ['a clock jump of -1e308 s', ['--trace', trace('jump-1e308.jsonl', jump(-1e308))], /^breakwise simulate: trace line 2, field "seconds": .*year/],
      [
        'a clock jump of +1e308 s, blamed on the jump and not the line after it',
        ['--trace', trace('jump+1e308.jsonl', jump(1e308), { at: '2026-03-02T10:00:30Z', event: 'input' })],
        /^breakwise simulate: trace line 2, field "seconds": .*year/,
      ],
      [
        'an end in the year 9999',
        ['--trace', file('y9999.jsonl', jsonLines(start, { at: '9999-12-31T23:59:59Z', event: 'end' }))],
        /^breakwise simulate: trace line 2, field "at": .*31 days/,
      ],
      ['February 30', ['--trace', trace('feb30.jsonl', { at: '2026-02-30T10:00:00Z', event: 'input' })], /^breakwise simulate: trace line 2, field "at": .*2026-02 has 28 days/],
      [
        'settings nested 5,000 deep',
        ['--trace', tracePath, '--settings', file('deep.json', `{\n  "microBreak": ${nested(5_000)}\n}`)],
        /^breakwise simulate: settings file line 2: nested more than \d+ levels deep/,
      ],
      [
        'a "__proto__" key in the settings',
        ['--trace', tracePath, '--settings', file('proto.json', '{\n  "strict": false,\n  "__proto__": { "strict": true }\n}')],
        /^breakwise simulate: settings file line 3, field __proto__: /,
      ],
      [
        'a "__proto__" key inside a settings group',
        ['--trace', tracePath, '--settings', file('proto-nested.json', '{\n  "microBreak": {\n    "__proto__": { "everyMinutes": 5 }\n  }\n}')],
        /^breakwise simulate: settings file line 3, field microBreak\.__proto__: /,
      ],
      ['a UTF-16 LE trace (byte-order mark)', ['--trace', file('le.jsonl', Buffer.from(`\uFEFF${day}`, 'utf16le'))], /^breakwise simulate: the trace file .* is UTF-16 LE/],
      [
        'a UTF-16 BE settings file (byte-order mark)',
        ['--trace', tracePath, '--settings', file('be.json', Buffer.from(`\uFEFF{"strict": true}`, 'utf16le').swap16())],
        /^breakwise simulate: the settings file .* is UTF-16 BE/,
      ],
      [
        'a busy line with a reason there is no signal for',
        ['--trace', trace('reason.jsonl', { from: '2026-03-02T10:00:00Z', to: '2026-03-02T11:00:00Z', event: 'busy', reason: 'lunch' })],
        /^breakwise simulate: trace line 2, field "reason": /,
      ],
      [
        'busy spans that overlap',
        [
          '--trace',
          trace(
            'overlap.jsonl',
            { from: '2026-03-02T10:00:00Z', to: '2026-03-02T11:00:00Z', event: 'busy', reason: 'camera' },
            { from: '2026-03-02T10:30:00Z', to: '2026-03-02T11:30:00Z', event: 'busy', reason: 'presentation' },
          ),
        ],
        /^breakwise simulate: trace line 3, field "from": .*overlap/,
      ],
      ['a UTF-16 LE trace without a byte-order mark', ['--trace', file('le-nobom.jsonl', Buffer.from(day, 'utf16le'))], /^breakwise simulate: the trace file .* is UTF-16 LE/],
    ])('refuses %s: exit code 2, the line and field named, nothing on stdout', (_what, args, message) => {
      const run = simulate(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });

    it('refuses a local time the clocks skip (a daylight-saving gap), naming the zone', () => {
      const gap = file(
        'dst-gap.jsonl',
        jsonLines({ at: '2026-03-29T01:00:00', event: 'start' }, { at: '2026-03-29T02:30:00', event: 'input' }, { at: '2026-03-29T04:00:00', event: 'end' }),
      );
      const run = simulate(['--trace', gap], 'Europe/Berlin');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^breakwise simulate: trace line 2, field "at": .*Europe\/Berlin/);
    });

    it('accepts a trace and a settings file that start with a UTF-8 byte-order mark', () => {
      const settings = file('bom.json', `\uFEFF${JSON.stringify({ microBreak: { everyMinutes: 15 } })}`);
      const run = simulate(['--trace', file('bom.jsonl', `\uFEFF${day}`), '--settings', settings]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).prompts[0]).toEqual({ at: '2026-03-02T09:15:00+00:00', kind: 'micro', outcome: 'taken', deferredSeconds: 0 });
    });
  });

  it('prints usage for --help', () => {
    const run = simulate(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--trace <day.jsonl>');
  });
});
