import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'breakwise-sim-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Runs the simulator exactly as `npm run simulate --` does. */
const simulate = (args: string[], tz = 'UTC') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'main/simulator/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz } });

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
      { at: '2026-03-02T09:20:00+01:00', kind: 'micro', outcome: 'taken' },
      { at: '2026-03-02T09:40:30+01:00', kind: 'micro', outcome: 'taken' },
      { at: '2026-03-02T10:20:00+01:00', kind: 'micro', outcome: 'taken' },
    ]);
    expect(result.naturalBreaks).toEqual([{ from: '2026-03-02T09:45:00+01:00', to: '2026-03-02T10:00:00+01:00' }]);
    expect(result.longestSittingSeconds).toBe(20 * 60);
    expect(result.wakeups).toBeGreaterThan(0);
  });

  it('merges a partial settings file over the defaults and follows --respond', () => {
    const settings = file('settings.json', JSON.stringify({ microBreak: { everyMinutes: 15 }, snooze: { maxPerBreak: 1 } }));
    const result = JSON.parse(simulate(['--trace', tracePath, '--settings', settings, '--respond', 'snooze']).stdout);
    expect(result.prompts.slice(0, 2)).toEqual([
      { at: '2026-03-02T09:15:00+00:00', kind: 'micro', outcome: 'snoozed' },
      { at: '2026-03-02T09:20:00+00:00', kind: 'micro', outcome: 'taken' },
    ]);
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

  it('prints usage for --help', () => {
    const run = simulate(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--trace <day.jsonl>');
  });
});
