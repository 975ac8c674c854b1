import fc from 'fast-check';
import { parseSettings, type Settings } from '../../main/core/settings';

/**
 * Random days for property tests, in whole seconds (the resolution idle time has): typing,
 * pauses, single inputs, locks (with input on the lock screen), suspends and clock jumps.
 */
type Segment =
  | { kind: 'active'; seconds: number }
  | { kind: 'idle'; seconds: number }
  | { kind: 'input' }
  | { kind: 'lock'; seconds: number; jiggleAt: number | null }
  | { kind: 'suspend'; seconds: number }
  | { kind: 'jump'; seconds: number };

const START_WALL_MS = Date.UTC(2026, 2, 2, 7, 0, 0);
const HOUR = 3600;

const segment = (maxIdleSeconds: number): fc.Arbitrary<Segment> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('active' as const), seconds: fc.integer({ min: 1, max: 2 * HOUR }) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('idle' as const), seconds: fc.integer({ min: 1, max: maxIdleSeconds }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('input' as const) }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('lock' as const), seconds: fc.integer({ min: 1, max: 2 * HOUR }), jiggleAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('suspend' as const), seconds: fc.integer({ min: 1, max: 14 * HOUR }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('jump' as const), seconds: fc.integer({ min: -2 * HOUR, max: 2 * HOUR }).filter((s) => s !== 0) }) },
  );

function toJsonLines(segments: readonly Segment[], endIdleWithInput: boolean): string {
  let trueMs = START_WALL_MS;
  let jumpMs = 0;
  const iso = (ms: number): string => new Date(ms + jumpMs).toISOString();
  const lines: object[] = [{ at: iso(trueMs), event: 'start' }];
  for (const s of segments) {
    switch (s.kind) {
      case 'active':
        lines.push({ from: iso(trueMs), to: iso(trueMs + s.seconds * 1000), event: 'active' });
        trueMs += s.seconds * 1000;
        break;
      case 'idle':
        trueMs += s.seconds * 1000;
        if (endIdleWithInput) lines.push({ at: iso(trueMs), event: 'input' });
        break;
      case 'input':
        lines.push({ at: iso(trueMs), event: 'input' });
        break;
      case 'lock': {
        lines.push({ at: iso(trueMs), event: 'lock' });
        if (s.jiggleAt !== null) lines.push({ at: iso(trueMs + Math.floor(s.seconds * s.jiggleAt) * 1000), event: 'input' });
        trueMs += s.seconds * 1000;
        lines.push({ at: iso(trueMs), event: 'unlock' });
        break;
      }
      case 'suspend':
        lines.push({ at: iso(trueMs), event: 'suspend' });
        trueMs += s.seconds * 1000;
        lines.push({ at: iso(trueMs), event: 'resume' });
        break;
      case 'jump':
        lines.push({ at: iso(trueMs), event: 'clock-jump', seconds: s.seconds });
        jumpMs += s.seconds * 1000;
        break;
    }
  }
  lines.push({ at: iso(trueMs + 1000), event: 'end' });
  return lines.map((l) => JSON.stringify(l)).join('\n');
}

/**
 * A day as JSON Lines. With `silentReturns: false` every idle gap stays under `pauseSeconds`
 * and ends with an input, so the only long absences are locks and suspends.
 */
export const traceText = (options: { pauseSeconds: number; silentReturns: boolean }): fc.Arbitrary<string> =>
  fc
    .array(segment(options.silentReturns ? 2 * HOUR : options.pauseSeconds - 1), { minLength: 1, maxLength: 40 })
    .map((segments) => toJsonLines(segments, !options.silentReturns));

/** Settings anywhere in their valid ranges (short intervals make breaks frequent). */
export const settingsArbitrary: fc.Arbitrary<Settings> = fc
  .record({
    microEvery: fc.integer({ min: 2, max: 60 }),
    routineEvery: fc.integer({ min: 2, max: 120 }),
    microSeconds: fc.integer({ min: 10, max: 300 }),
    routineSeconds: fc.integer({ min: 10, max: 600 }),
    pause: fc.integer({ min: 10, max: 600 }),
    naturalExtra: fc.integer({ min: 0, max: 900 }),
    notice: fc.integer({ min: 0, max: 119 }),
    microOn: fc.boolean(),
    routineOn: fc.boolean(),
    strict: fc.boolean(),
  })
  .map((r) =>
    parseSettings({
      microBreak: { enabled: r.microOn, everyMinutes: r.microEvery, durationSeconds: r.microSeconds },
      routineBreak: { enabled: r.routineOn, everyMinutes: r.routineEvery, durationSeconds: r.routineSeconds },
      idle: { pauseAfterSeconds: r.pause, naturalBreakAfterSeconds: r.pause + r.naturalExtra },
      noticeSeconds: r.notice,
      strict: r.strict,
    }),
  )
  .filter((result) => result.ok)
  .map((result) => (result.ok ? result.settings : (undefined as never)));
