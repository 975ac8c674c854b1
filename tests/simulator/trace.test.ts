import { describe, expect, it } from 'vitest';
import { parseTrace, TraceError } from '../../main/simulator/trace';

const lines = (...objects: unknown[]): string => objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n');
const start = { at: '2026-03-02T09:00:00Z', event: 'start' };
const end = { at: '2026-03-02T17:00:00Z', event: 'end' };

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
  ])('refuses a bad trace, naming the line and field (%#)', (text, line, field, message) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    if (field !== null) expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });
});
