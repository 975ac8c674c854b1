import { z } from 'zod';
import { BUSY_REASONS, type BusyReason } from '../../main/core/busy';
import { MS_PER_HOUR, MS_PER_SECOND } from '../../main/core/time';
import { wallTimeSchema } from './wallTime';

/**
 * A recorded day as JSON Lines. Times are wall-clock ISO-8601 (a time without an offset is
 * local time in `TZ`). Parsing also works out each event's *true* time — real time passed,
 * which a clock jump does not change — because that is what the idle source and timers follow.
 *
 * A "busy" line (a meeting, a presentation, full screen: `{"from","to","event":"busy","reason"}`)
 * stands in time order by its "from" and overlaps the lines that follow it — people type in
 * meetings —; its "to" is read on the clock as it stands at "from". Busy spans do not overlap
 * each other.
 */

const HOURS_PER_DAY = 24;
const MS_PER_DAY = HOURS_PER_DAY * MS_PER_HOUR;
/**
 * The true time a trace may span, from "start" to "end". A replay walks every timer on the
 * way, so an "end" in the year 9999 ran for hours; a month covers any preview IT asks for
 * (and the 30-day benchmark).
 */
export const MAX_TRACE_DAYS = 31;
const MAX_TRACE_MS = MAX_TRACE_DAYS * MS_PER_DAY;
/**
 * How far one clock jump may move the wall clock, either way. Real jumps (DST, time-zone
 * changes, NTP corrections, a clock set by hand to the wrong year) are within a year; a year
 * of 366 days lets any "one year" through. Beyond it, -1e12 s replayed for hours and ±1e308 s
 * overflowed to an infinite clock.
 */
const DAYS_PER_LEAP_YEAR = 366;
export const MAX_CLOCK_JUMP_SECONDS = (DAYS_PER_LEAP_YEAR * MS_PER_DAY) / MS_PER_SECOND;

const POINT_EVENTS = ['start', 'input', 'suspend', 'resume', 'lock', 'unlock', 'end'] as const;

const lineSchema = z.discriminatedUnion('event', [
  z.strictObject({ event: z.enum(POINT_EVENTS), at: wallTimeSchema }),
  z.strictObject({ event: z.literal('active'), from: wallTimeSchema, to: wallTimeSchema }),
  z.strictObject({ event: z.literal('busy'), from: wallTimeSchema, to: wallTimeSchema, reason: z.enum(BUSY_REASONS) }),
  z.strictObject({
    event: z.literal('clock-jump'),
    at: wallTimeSchema,
    seconds: z
      .number()
      .refine((n) => n !== 0, 'must not be 0')
      .refine((n) => Math.abs(n) <= MAX_CLOCK_JUMP_SECONDS, `must be at most a year (${DAYS_PER_LEAP_YEAR} days, ${MAX_CLOCK_JUMP_SECONDS} s) either way`),
  }),
]);
type Line = z.infer<typeof lineSchema>;

export type PointEvent = (typeof POINT_EVENTS)[number];

export type TraceEvent =
  | { readonly event: PointEvent; readonly line: number; readonly wallMs: number; readonly trueMs: number }
  | { readonly event: 'active'; readonly line: number; readonly wallMs: number; readonly trueMs: number; readonly toTrueMs: number }
  | { readonly event: 'busy'; readonly line: number; readonly wallMs: number; readonly trueMs: number; readonly toTrueMs: number; readonly reason: BusyReason }
  | { readonly event: 'clock-jump'; readonly line: number; readonly wallMs: number; readonly trueMs: number; readonly seconds: number };

export class TraceError extends Error {
  constructor(
    readonly line: number,
    readonly field: string | null,
    problem: string,
  ) {
    super(`trace line ${line}${field === null ? '' : `, field "${field}"`}: ${problem}`);
  }
}

function parseLine(text: string, line: number): Line {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new TraceError(line, null, 'is not valid JSON');
  }
  const result = lineSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : null;
  throw new TraceError(line, field, issue?.message ?? 'is not a trace event');
}

/** Checks the order rules a real day obeys, and the limits of a replay, so a replay never has to guess. */
class TraceChecker {
  private jumpMs = 0;
  private startTrueMs: number | null = null;
  private lastTrueMs = -Infinity;
  private suspended = false;
  private locked = false;
  private busyUntilTrueMs = -Infinity;

  toEvent(line: Line, lineNo: number): TraceEvent {
    const timeField = line.event === 'active' || line.event === 'busy' ? 'from' : 'at';
    const wallMs = line.event === 'active' || line.event === 'busy' ? line.from : line.at;
    const trueMs = this.trueTime(wallMs, lineNo, timeField);
    if (trueMs < this.lastTrueMs) throw new TraceError(lineNo, timeField, 'is earlier than the event before it');
    this.lastTrueMs = trueMs;
    switch (line.event) {
      case 'active': {
        const toTrueMs = this.trueTime(line.to, lineNo, 'to');
        if (toTrueMs < trueMs) throw new TraceError(lineNo, 'to', 'is earlier than "from"');
        if (this.suspended) throw new TraceError(lineNo, 'event', 'input while the machine is suspended');
        this.lastTrueMs = toTrueMs;
        return { event: 'active', line: lineNo, wallMs, trueMs, toTrueMs };
      }
      case 'busy': {
        const toTrueMs = this.trueTime(line.to, lineNo, 'to');
        if (toTrueMs < trueMs) throw new TraceError(lineNo, 'to', 'is earlier than "from"');
        if (trueMs < this.busyUntilTrueMs) throw new TraceError(lineNo, 'from', 'is inside the busy span before it (busy spans must not overlap)');
        this.busyUntilTrueMs = toTrueMs;
        return { event: 'busy', line: lineNo, wallMs, trueMs, toTrueMs, reason: line.reason };
      }
      case 'clock-jump':
        this.jumpMs += line.seconds * MS_PER_SECOND;
        return { event: 'clock-jump', line: lineNo, wallMs, trueMs, seconds: line.seconds };
      default:
        this.checkSession(line.event, lineNo);
        return { event: line.event, line: lineNo, wallMs, trueMs };
    }
  }

  /** Real time at a wall time, within the span a trace may describe. */
  private trueTime(wallMs: number, lineNo: number, field: string): number {
    const trueMs = wallMs - this.jumpMs;
    this.startTrueMs ??= trueMs;
    if (trueMs - this.startTrueMs > MAX_TRACE_MS) {
      throw new TraceError(lineNo, field, `is more than ${MAX_TRACE_DAYS} days after "start" (in time that really passed); a trace may span at most ${MAX_TRACE_DAYS} days`);
    }
    return trueMs;
  }

  private checkSession(event: PointEvent, lineNo: number): void {
    const refuse = (problem: string): never => {
      throw new TraceError(lineNo, 'event', problem);
    };
    if (this.suspended && event !== 'resume' && event !== 'end') refuse(`"${event}" while the machine is suspended`);
    if (event === 'resume' && !this.suspended) refuse('"resume" without a "suspend" before it');
    if (event === 'lock' && this.locked) refuse('"lock" while already locked');
    if (event === 'unlock' && !this.locked) refuse('"unlock" without a "lock" before it');
    if (event === 'suspend' || event === 'resume') this.suspended = event === 'suspend';
    if (event === 'lock' || event === 'unlock') this.locked = event === 'lock';
  }
}

export function parseTrace(text: string): TraceEvent[] {
  const checker = new TraceChecker();
  const events: TraceEvent[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const lineNo = index + 1;
    const line = parseLine(raw, lineNo);
    const isFirst = events.length === 0;
    if (isFirst !== (line.event === 'start')) throw new TraceError(lineNo, 'event', isFirst ? 'the first event must be "start"' : '"start" may only come first');
    if (events.at(-1)?.event === 'end') throw new TraceError(lineNo, 'event', 'nothing may follow "end"');
    events.push(checker.toEvent(line, lineNo));
  });
  if (events.length === 0) throw new TraceError(1, 'event', 'the trace is empty; it must begin with "start"');
  const last = events.at(-1);
  if (last?.event !== 'end') throw new TraceError(last?.line ?? 1, 'event', 'the last event must be "end"');
  return events;
}
