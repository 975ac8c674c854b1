import { describe, expect, it } from 'vitest';
import { systemCalendar } from '../../../main/core/calendar';
import type { BreakOutcome, HistoryRecord } from '../../../main/core/engine/effects';
import { applyDayRecord, foldRecord, foldRecords, HISTORY_RETENTION_DAYS, pruneHistory, withToday } from '../../../main/core/history/dailyHistory';
import { emptyDay, historySchema, type DaySummary, type History } from '../../../main/core/history/daySummary';
import type { BreakKind } from '../../../main/core/settings';
import { EngineDriver } from '../../support/engineDriver';
import { pinTimeZone } from '../../support/timeZone';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const BREAK_MS = 30 * SECOND_MS;
const at = (iso: string): number => Date.parse(iso);

const aBreak = (iso: string, outcome: BreakOutcome, { kind = 'micro' as BreakKind, prompted = true, durationMs = BREAK_MS } = {}): HistoryRecord => ({
  type: 'break',
  kind,
  outcome,
  prompted,
  startedWallMs: at(iso),
  endedWallMs: at(iso) + durationMs,
});
const natural = (fromIso: string, toIso: string): HistoryRecord => ({ type: 'naturalBreak', fromWallMs: at(fromIso), toWallMs: at(toIso) });
const fold = (records: HistoryRecord[], history: History = []): History => foldRecords(history, records, systemCalendar);
const only = (history: History): DaySummary => {
  expect(history).toHaveLength(1);
  return history[0] as DaySummary;
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

pinTimeZone('Europe/Berlin');

describe('daily history: what each record counts', () => {
  it('counts a taken routine as a prompt, a break taken and a routine completed', () => {
    const day = only(fold([aBreak('2026-03-02T10:00:00+01:00', 'taken', { kind: 'routine' })]));
    expect(day).toEqual({ ...emptyDay('2026-03-02'), breaksPrompted: 1, breaksTaken: 1, routinesCompleted: 1 });
  });

  it('counts a break the person asked for as taken but not prompted', () => {
    const day = only(fold([aBreak('2026-03-02T10:00:00+01:00', 'taken', { prompted: false })]));
    expect(day).toMatchObject({ breaksPrompted: 0, breaksTaken: 1, routinesCompleted: 0 });
  });

  it('counts every offer of a snoozed break: snoozed once, then taken when offered again', () => {
    const day = only(fold([aBreak('2026-03-02T10:00:00+01:00', 'snoozed'), aBreak('2026-03-02T10:05:00+01:00', 'taken')]));
    expect(day).toMatchObject({ breaksPrompted: 2, breaksSnoozed: 1, breaksTaken: 1 });
  });

  it('counts a skipped routine and an ignored break as prompted but neither taken nor completed', () => {
    const day = only(fold([aBreak('2026-03-02T10:00:00+01:00', 'skipped', { kind: 'routine' }), aBreak('2026-03-02T11:00:00+01:00', 'ignored')]));
    expect(day).toMatchObject({ breaksPrompted: 2, breaksSkipped: 1, breaksTaken: 0, routinesCompleted: 0 });
  });

  it('adds no day for a break asked for and then cancelled', () => {
    expect(fold([aBreak('2026-03-02T10:00:00+01:00', 'cancelled', { prompted: false })])).toEqual([]);
  });

  it('counts check-ins by feeling and "this hurts" reports, in all and by exercise', () => {
    const checkIn = (feeling: 'better' | 'same' | 'worse'): HistoryRecord => ({ type: 'checkIn', atWallMs: at('2026-03-02T10:00:00+01:00'), feeling });
    const hurt: HistoryRecord = { type: 'hurt', atWallMs: at('2026-03-02T10:01:00+01:00'), exerciseId: 'chin-tuck' };
    const wall: HistoryRecord = { type: 'hurt', atWallMs: at('2026-03-02T15:00:00+01:00'), exerciseId: 'wall-angel' };
    const day = only(fold([checkIn('better'), checkIn('better'), checkIn('worse'), hurt, wall, { ...hurt, atWallMs: at('2026-03-02T16:00:00+01:00') }]));
    expect(day).toMatchObject({ checkIns: { better: 2, same: 0, worse: 1 }, hurtReports: 3, hurtExercises: { 'chin-tuck': 2, 'wall-angel': 1 } });
  });

  it('counts a lunch away from the desk as a natural break on its day', () => {
    expect(only(fold([natural('2026-03-02T12:00:00+01:00', '2026-03-02T12:45:00+01:00')]))).toMatchObject({ date: '2026-03-02', naturalBreaks: 1 });
  });

  it('counts the night between two desk days as a natural break on neither', () => {
    expect(fold([natural('2026-03-02T18:00:00+01:00', '2026-03-03T08:30:00+01:00')])).toEqual([]);
  });

  it('changes nothing for a clock jump', () => {
    const history = fold([aBreak('2026-03-02T10:00:00+01:00', 'taken')]);
    expect(foldRecord(history, { type: 'clockJump', atWallMs: at('2026-03-02T11:00:00+01:00'), seconds: -3600 }, systemCalendar)).toBe(history);
  });
});

describe('daily history: which day a record counts on', () => {
  it('dates records by the local calendar: 23:30 UTC is already tomorrow in Berlin', () => {
    expect(only(fold([aBreak('2026-03-02T23:30:00Z', 'taken')])).date).toBe('2026-03-03');
  });

  it('counts a break that runs past midnight on the day it began', () => {
    const late = aBreak('2026-03-02T23:59:00+01:00', 'taken', { kind: 'routine', durationMs: 3 * MINUTE_MS });
    expect(only(fold([late])).date).toBe('2026-03-02');
  });

  it('keeps the 25-hour night of a daylight-saving change on one date (New York, 1 November 2026)', () => {
    process.env.TZ = 'America/New_York';
    // 00:30 EDT and 23:30 EST are 24 hours apart and still one local date.
    const history = fold([aBreak('2026-11-01T00:30:00-04:00', 'taken'), aBreak('2026-11-01T23:30:00-05:00', 'taken')]);
    expect(only(history)).toMatchObject({ date: '2026-11-01', breaksTaken: 2 });
  });

  it('merges records from before a flight west into the date they revisit', () => {
    // Berlin in the morning, then (the system zone changed) New York, where it is still the same date.
    const morning = fold([aBreak('2026-03-02T09:00:00+01:00', 'taken')]);
    process.env.TZ = 'America/New_York';
    const history = fold([aBreak('2026-03-02T19:00:00-05:00', 'taken')], morning);
    expect(only(history)).toMatchObject({ date: '2026-03-02', breaksTaken: 2 });
  });

  it('merges records after the clock is set back a day into the earlier date', () => {
    const history = fold([aBreak('2026-03-03T09:00:00+01:00', 'taken'), aBreak('2026-03-02T09:00:00+01:00', 'skipped'), aBreak('2026-03-03T10:00:00+01:00', 'taken')]);
    expect(history.map((d) => [d.date, d.breaksTaken, d.breaksSkipped])).toEqual([
      ['2026-03-02', 0, 1],
      ['2026-03-03', 2, 0],
    ]);
  });
});

describe('daily history: sitting time from day records', () => {
  it('takes a finished day’s sitting from its day record, in whole seconds', () => {
    const history = applyDayRecord([], { type: 'day', dateKey: '2026-03-02', activeSeconds: 25_200.4, longestSittingSeconds: 3_000.6 });
    expect(only(history)).toMatchObject({ activeSeconds: 25_200, longestSittingSeconds: 3_001 });
  });

  it('adds a second day record of a revisited date and keeps the longer stretch', () => {
    const first = applyDayRecord([], { type: 'day', dateKey: '2026-03-02', activeSeconds: 3_600, longestSittingSeconds: 1_800 });
    const again = applyDayRecord(first, { type: 'day', dateKey: '2026-03-02', activeSeconds: 600, longestSittingSeconds: 600 });
    expect(only(again)).toMatchObject({ activeSeconds: 4_200, longestSittingSeconds: 1_800 });
  });

  it('adds no day for a day record without sitting', () => {
    expect(applyDayRecord([], { type: 'day', dateKey: '2026-03-07', activeSeconds: 0, longestSittingSeconds: 0 })).toEqual([]);
  });

  it('shows today’s sitting so far without changing the stored history', () => {
    const stored = deepFreeze(fold([aBreak('2026-03-02T10:00:00+01:00', 'taken')]));
    const shown = withToday(stored, { dateKey: '2026-03-02', activeSeconds: 5_400, longestSittingSeconds: 2_400 });
    expect(only(shown)).toMatchObject({ breaksTaken: 1, activeSeconds: 5_400, longestSittingSeconds: 2_400 });
    expect(only(stored).activeSeconds).toBe(0);
  });

  it('folds a real engine evening: breaks and the day record land on the day they belong to', () => {
    process.env.TZ = 'UTC';
    const e = new EngineDriver({}, at('2026-03-02T21:00:00Z'));
    e.run(3.5 * 60 * 60, () => e.state.name !== 'onBreak' && e.seconds < 2 * 60 * 60); // steps away for each break
    const history = fold(e.records());
    const day = history.find((d) => d.date === '2026-03-02');
    const breaks = e.records('break');
    const [dayRecord] = e.records('day');
    expect(breaks.length).toBeGreaterThan(0);
    expect(day).toMatchObject({ breaksTaken: breaks.length, activeSeconds: Math.round(dayRecord?.type === 'day' ? dayRecord.activeSeconds : -1) });
    expect(day?.activeSeconds).toBeGreaterThan(0);
  });
});

describe('daily history: the document', () => {
  it('stays in date order, each date once, whatever order records arrive in', () => {
    const records = ['2026-03-05', '2026-03-02', '2026-03-04', '2026-03-02'].map((date) => aBreak(`${date}T10:00:00+01:00`, 'taken'));
    const history = fold(records);
    expect(history.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-04', '2026-03-05']);
    expect(historySchema.safeParse(history).success).toBe(true);
  });

  it('never changes the history it is given', () => {
    const before = deepFreeze(fold([aBreak('2026-03-02T10:00:00+01:00', 'taken')]));
    const copy = structuredClone(before);
    fold([aBreak('2026-03-02T11:00:00+01:00', 'taken'), aBreak('2026-03-01T11:00:00+01:00', 'taken')], before);
    expect(before).toEqual(copy);
  });

  it('keeps the 400 newest dates, by date rather than by the order they were stored', () => {
    const dates = Array.from({ length: HISTORY_RETENTION_DAYS + 20 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    const shuffled = [...dates.slice(200), ...dates.slice(0, 200)].map((date) => ({ ...emptyDay(date), breaksTaken: 1 }));
    const kept = pruneHistory(shuffled);
    expect(kept).toHaveLength(HISTORY_RETENTION_DAYS);
    expect(kept.map((d) => d.date)).toEqual(dates.slice(-HISTORY_RETENTION_DAYS));
  });
});
