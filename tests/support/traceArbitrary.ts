import fc from 'fast-check';
import { BUSY_REASONS, type BusyReason } from '../../main/core/busy';
import { parseSettings, type Settings } from '../../main/core/settings';

/**
 * Random days for property tests, in whole seconds (the resolution idle time has): typing,
 * pauses, single inputs, locks (with input on the lock screen), suspends and clock jumps; and
 * with `busyTraceText`, meetings, presentations and full-screen spans over them.
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

/** A trace line with the true time it starts at and the clock offset it is written with. */
interface Written {
  readonly line: object;
  readonly trueMs: number;
  readonly jumpMs: number;
}

function writeLines(segments: readonly Segment[], endIdleWithInput: boolean): Written[] {
  let trueMs = START_WALL_MS;
  let jumpMs = 0;
  const iso = (ms: number): string => new Date(ms + jumpMs).toISOString();
  const lines: Written[] = [];
  const push = (line: object, atMs = trueMs): void => void lines.push({ line, trueMs: atMs, jumpMs });
  push({ at: iso(trueMs), event: 'start' });
  for (const s of segments) {
    switch (s.kind) {
      case 'active':
        push({ from: iso(trueMs), to: iso(trueMs + s.seconds * 1000), event: 'active' });
        trueMs += s.seconds * 1000;
        break;
      case 'idle':
        trueMs += s.seconds * 1000;
        if (endIdleWithInput) push({ at: iso(trueMs), event: 'input' });
        break;
      case 'input':
        push({ at: iso(trueMs), event: 'input' });
        break;
      case 'lock': {
        push({ at: iso(trueMs), event: 'lock' });
        if (s.jiggleAt !== null) {
          const jiggleMs = trueMs + Math.floor(s.seconds * s.jiggleAt) * 1000;
          push({ at: iso(jiggleMs), event: 'input' }, jiggleMs);
        }
        trueMs += s.seconds * 1000;
        push({ at: iso(trueMs), event: 'unlock' });
        break;
      }
      case 'suspend':
        push({ at: iso(trueMs), event: 'suspend' });
        trueMs += s.seconds * 1000;
        push({ at: iso(trueMs), event: 'resume' });
        break;
      case 'jump':
        push({ at: iso(trueMs), event: 'clock-jump', seconds: s.seconds });
        jumpMs += s.seconds * 1000;
        break;
    }
  }
  push({ at: iso(trueMs + 1000), event: 'end' }, trueMs + 1000);
  return lines;
}

const joinLines = (lines: readonly Written[]): string => lines.map((l) => JSON.stringify(l.line)).join('\n');

function toJsonLines(segments: readonly Segment[], endIdleWithInput: boolean): string {
  return joinLines(writeLines(segments, endIdleWithInput));
}

/** A meeting, presentation or full-screen span: it starts where a trace line starts (picked by `at`, 0–1 through the day) and lasts `seconds`. */
export interface BusySpanSpec {
  readonly at: number;
  readonly seconds: number;
  readonly reason: BusyReason;
}

/**
 * Busy lines put into a day: each stands just before the line it starts with (in time order by
 * its "from", overlapping the lines after it), written on the clock as it stands there. A span
 * that would start inside the one before it is dropped, so spans never overlap.
 */
function withBusySpans(lines: readonly Written[], spans: readonly BusySpanSpec[]): Written[] {
  const starts = new Map<number, BusySpanSpec>();
  for (const span of spans) starts.set(1 + Math.floor(span.at * (lines.length - 2)), span);
  const result: Written[] = [];
  let busyUntilMs = -Infinity;
  lines.forEach((written, index) => {
    const span = starts.get(index);
    if (span !== undefined && written.trueMs >= busyUntilMs) {
      const toMs = written.trueMs + span.seconds * 1000;
      const iso = (ms: number): string => new Date(ms + written.jumpMs).toISOString();
      result.push({ line: { from: iso(written.trueMs), to: iso(toMs), event: 'busy', reason: span.reason }, trueMs: written.trueMs, jumpMs: written.jumpMs });
      busyUntilMs = toMs;
    }
    result.push(written);
  });
  return result;
}

const busySpan: fc.Arbitrary<BusySpanSpec> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  seconds: fc.integer({ min: 60, max: 3 * HOUR }),
  reason: fc.constantFrom(...BUSY_REASONS),
});

/**
 * A day as JSON Lines with meetings, presentations and full-screen spans in it (typing goes on
 * in them, and so do locks, sleep and clock jumps). Idle gaps end with input, as `traceText`
 * does with `silentReturns: false`, unless `silentReturns` is set.
 */
export const busyTraceText = (options: { pauseSeconds: number; silentReturns: boolean }): fc.Arbitrary<string> =>
  fc
    .record({
      segments: fc.array(segment(options.silentReturns ? 2 * HOUR : options.pauseSeconds - 1), { minLength: 1, maxLength: 40 }),
      spans: fc.array(busySpan, { maxLength: 6 }),
    })
    .map(({ segments, spans }) => joinLines(withBusySpans(writeLines(segments, !options.silentReturns), spans)));

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
