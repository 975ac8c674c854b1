import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_JUMP_SECONDS, MAX_TRACE_DAYS, parseTrace, TraceError } from '../../scripts/simulator/trace';
import { pinTimeZone } from '../support/timeZone';

const lines = (...objects: unknown[]): string => objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n');
const start = { at: '2026-03-02T09:00:00Z', event: 'start' };
const end = { at: '2026-03-02T17:00:00Z', event: 'end' };

const jump = (seconds: number) => ({ at: '2026-03-02T10:00:00Z', event: 'clock-jump', seconds });
const DAY_MS = 86_400_000;
const at = (time: string): string => (time.includes('T') ? `${time}:00Z` : `2026-03-02T${time}:00Z`);
const busy = (from: string, to: string, reason = 'camera') => ({ from: at(from), to: at(to), event: 'busy', reason });

const errorOf = (text: string): TraceError => {
  try {
    parseTrace(text);
  } catch (error) {
    if (error instanceof TraceError) return error;
    throw error;
  }
  throw new Error('expected the trace to be refused');
};

describe('trace parsing', () => {
  it('reads true time across a clock jump', () => {
    const events = parseTrace(
      lines(start, { at: '2026-03-02T10:00:00Z', event: 'clock-jump', seconds: 3600 }, { at: '2026-03-02T11:00:30Z', event: 'input' }, end),
    );
    expect(events[2]).toMatchObject({ event: 'input', trueMs: Date.parse('2026-03-02T10:00:30Z') });
  });

  it.each([
    [lines(start, '{"at": "2026-03-02T10:00:00Z", "event": "input"', end), 2, null, 'not valid JSON'],
    [lines(start, { at: 'yesterday', event: 'input' }, end), 2, 'at', 'ISO-8601'],
    [lines(start, { at: '2026-03-02T10:00:00Z', event: 'blink' }, end), 2, 'event', ''],
    [lines(start, { from: '2026-03-02T10:00:00Z', to: '2026-03-02T09:00:00Z', event: 'active' }, end), 2, 'to', 'earlier than "from"'],
    [lines(start, { at: '2026-03-02T10:00:00Z', event: 'input' }, { at: '2026-03-02T09:30:00Z', event: 'input' }, end), 3, 'at', 'earlier'],
    [lines(start, { at: '2026-03-02T10:00:00Z', event: 'clock-jump' }, end), 2, 'seconds', ''],
    [lines(start, { at: '2026-03-02T10:00:00Z', event: 'unlock' }, end), 2, 'event', 'without a "lock"'],
    [lines(start, { at: '2026-03-02T10:00:00Z', event: 'suspend' }, { at: '2026-03-02T10:01:00Z', event: 'input' }, end), 3, 'event', 'suspended'],
    [lines({ at: '2026-03-02T10:00:00Z', event: 'input' }, end), 1, 'event', 'first event must be "start"'],
    [lines(start, { at: '2026-03-02T10:00:00Z', event: 'input' }), 2, 'event', 'last event must be "end"'],
    [lines(start, { at: '2026-03-02T10:00:00Z', event: 'input', extra: 1 }, end), 2, null, 'Unrecognized key'],
    [lines(start, jump(-1e12), end), 2, 'seconds', 'a year'],
    [lines(start, jump(-1e308), end), 2, 'seconds', 'a year'],
    [lines(start, jump(1e308), { at: '2026-03-02T10:00:30Z', event: 'input' }, end), 2, 'seconds', 'a year'],
    [lines(start, jump(MAX_CLOCK_JUMP_SECONDS + 1), end), 2, 'seconds', 'a year'],
    [lines(start, { at: '9999-12-31T23:59:59Z', event: 'end' }), 2, 'at', `${MAX_TRACE_DAYS} days`],
    [lines(start, { from: '2026-03-02T10:00:00Z', to: '2026-04-03T10:00:00Z', event: 'active' }, end), 2, 'to', `${MAX_TRACE_DAYS} days`],
    // A jump back by a day does not buy a day more: the limit is on time that really passed.
    [lines(start, jump(-86_400), { at: '2026-04-01T09:00:01Z', event: 'end' }), 3, 'at', `${MAX_TRACE_DAYS} days`],
    [lines(start, { at: '2026-02-30T10:00:00Z', event: 'input' }, end), 2, 'at', '2026-02 has 28 days'],
    [lines(start, { at: '2026-02-29T10:00:00Z', event: 'input' }, end), 2, 'at', '2026-02 has 28 days'],
    [lines(start, { at: '2026-13-01T10:00:00Z', event: 'input' }, end), 2, 'at', 'no month 13'],
    [lines(start, { at: '2026-03-02T24:00:00Z', event: 'input' }, end), 2, 'at', 'not a real time of day'],
    [lines(start, { at: '2026-03-02T10:00:00+24:00', event: 'input' }, end), 2, 'at', 'offset'],
    [lines(start, busy('10:00', '11:00', 'lunch'), end), 2, 'reason', ''],
    [lines(start, { from: '2026-03-02T10:00:00Z', to: '2026-03-02T11:00:00Z', event: 'busy' }, end), 2, 'reason', ''],
    [lines(start, busy('11:00', '10:00'), end), 2, 'to', 'earlier than "from"'],
    [lines(start, busy('10:00', '11:00'), busy('10:59', '12:00', 'presentation'), end), 3, 'from', 'must not overlap'],
    // A busy line stands in time order by its "from", like every line.
    [lines(start, { from: '2026-03-02T10:00:00Z', to: '2026-03-02T10:30:00Z', event: 'active' }, busy('10:15', '11:00'), end), 3, 'from', 'earlier'],
    [lines(start, busy('10:00', '2026-04-03T10:00'), end), 2, 'to', `${MAX_TRACE_DAYS} days`],
  ])('refuses a bad trace, naming the line and field (%#)', (text, line, field, message) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    if (field !== null) expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it('reads a busy span that overlaps the typing after it, and one that starts where the last ended', () => {
    const events = parseTrace(
      lines(start, busy('10:00', '11:00', 'screen-share'), { from: '2026-03-02T10:00:00Z', to: '2026-03-02T10:45:00Z', event: 'active' }, busy('11:00', '11:30', 'fullscreen'), end),
    );
    expect(events[1]).toEqual({ event: 'busy', line: 2, wallMs: Date.parse(at('10:00')), trueMs: Date.parse(at('10:00')), toTrueMs: Date.parse(at('11:00')), reason: 'screen-share' });
    expect(events[3]).toMatchObject({ event: 'busy', reason: 'fullscreen' });
  });

  it(`accepts ${MAX_TRACE_DAYS} days of true time, jumps of a year either way and February 29 of a leap year`, () => {
    const month = parseTrace(
      lines(
        { at: '2028-02-01T09:00:00Z', event: 'start' },
        { at: '2028-02-29T10:00:00Z', event: 'clock-jump', seconds: MAX_CLOCK_JUMP_SECONDS },
        { at: '2029-03-01T10:00:00Z', event: 'clock-jump', seconds: -MAX_CLOCK_JUMP_SECONDS },
        { at: '2028-03-03T09:00:00Z', event: 'end' },
      ),
    );
    expect(month.at(-1)?.trueMs).toBe(Date.parse('2028-02-01T09:00:00Z') + MAX_TRACE_DAYS * DAY_MS);
  });

  describe('local times in a zone with daylight saving (Europe/Berlin)', () => {
    pinTimeZone('Europe/Berlin');
    const day = (...middle: unknown[]): string =>
      lines({ at: '2026-03-29T01:00:00', event: 'start' }, ...middle, { at: '2026-03-29T04:00:00', event: 'end' });

    it('refuses a local time the clocks skip, naming the zone', () => {
      const error = errorOf(day({ at: '2026-03-29T02:30:00', event: 'input' }));
      expect(error.line).toBe(2);
      expect(error.field).toBe('at');
      expect(error.message).toContain('Europe/Berlin');
    });

    it('accepts the same instant given with its offset', () => {
      expect(parseTrace(day({ at: '2026-03-29T02:30:00+01:00', event: 'input' }))[1]).toMatchObject({ wallMs: Date.parse('2026-03-29T01:30:00Z') });
    });
  });
});
