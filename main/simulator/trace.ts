import { z } from 'zod';
import { MS_PER_SECOND } from '../core/time';

/**
 * A recorded day as JSON Lines. Times are wall-clock ISO-8601 (a time without an offset is
 * local time in `TZ`). Parsing also works out each event's *true* time — real time passed,
 * which a clock jump does not change — because that is what the idle source and timers follow.
 */

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
const isoTime = z
  .string()
  .regex(ISO_8601, 'must be an ISO-8601 date and time, e.g. 2026-03-02T09:00:00Z')
  .refine((text) => !Number.isNaN(Date.parse(text)), 'is not a real date');

const POINT_EVENTS = ['start', 'input', 'suspend', 'resume', 'lock', 'unlock', 'end'] as const;

const lineSchema = z.discriminatedUnion('event', [
  z.strictObject({ event: z.enum(POINT_EVENTS), at: isoTime }),
  z.strictObject({ event: z.literal('active'), from: isoTime, to: isoTime }),
  z.strictObject({ event: z.literal('clock-jump'), at: isoTime, seconds: z.number().finite().refine((n) => n !== 0, 'must not be 0') }),
]);
type Line = z.infer<typeof lineSchema>;

export type PointEvent = (typeof POINT_EVENTS)[number];

export type TraceEvent =
  | { readonly event: PointEvent; readonly line: number; readonly wallMs: number; readonly trueMs: number }
  | { readonly event: 'active'; readonly line: number; readonly wallMs: number; readonly trueMs: number; readonly toTrueMs: number }
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

/** Checks the order rules a real day obeys, so a replay never has to guess. */
class TraceChecker {
  private jumpMs = 0;
  private lastTrueMs = -Infinity;
  private suspended = false;
  private locked = false;

  toEvent(line: Line, lineNo: number): TraceEvent {
    const wallMs = Date.parse(line.event === 'active' ? line.from : line.at);
    const trueMs = wallMs - this.jumpMs;
    if (trueMs < this.lastTrueMs) throw new TraceError(lineNo, line.event === 'active' ? 'from' : 'at', 'is earlier than the event before it');
    this.lastTrueMs = trueMs;
    switch (line.event) {
      case 'active': {
        const toTrueMs = Date.parse(line.to) - this.jumpMs;
        if (toTrueMs < trueMs) throw new TraceError(lineNo, 'to', 'is earlier than "from"');
        if (this.suspended) throw new TraceError(lineNo, 'event', 'input while the machine is suspended');
        this.lastTrueMs = toTrueMs;
        return { event: 'active', line: lineNo, wallMs, trueMs, toTrueMs };
      }
      case 'clock-jump':
        this.jumpMs += line.seconds * MS_PER_SECOND;
        return { event: 'clock-jump', line: lineNo, wallMs, trueMs, seconds: line.seconds };
      default:
        this.checkSession(line.event, lineNo);
        return { event: line.event, line: lineNo, wallMs, trueMs };
    }
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
