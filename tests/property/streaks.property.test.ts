import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDayRecord, foldRecord, HISTORY_RETENTION_DAYS, pruneHistory } from '../../main/core/history/dailyHistory';
import { emptyDay, historySchema, type DaySummary, type History } from '../../main/core/history/daySummary';
import { streaksOf } from '../../main/core/history/streaks';
import {
  calendarOf,
  dayNumberOf,
  daysArbitrary,
  goalArbitrary,
  isRealDate,
  keyOf,
  quietDaysArbitrary,
  recordStream,
  todayArbitrary,
  type Dated,
} from '../support/historyArbitrary';
import { referenceHistory, referenceStreaks } from '../support/referenceHistory';

/** Each record folded with the calendar of the zone in force when it was emitted. */
const fold = (dated: readonly Dated[]): History => dated.reduce<History>((h, { record, zone }) => foldRecord(h, record, calendarOf(zone)), []);
const shuffledOf = <T>(items: T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });

describe('daily history (property, record streams across DST changes, zone changes and clock jumps)', () => {
  it('counts every record on the local date of its zone, as a plain reference model does', () => {
    fc.assert(
      fc.property(recordStream, (dated) => {
        expect(fold(dated)).toEqual(referenceHistory(dated));
      }),
    );
  });

  it('does not depend on the order records arrive in', () => {
    const streamAndShuffle = recordStream.chain((dated) => shuffledOf(dated).map((shuffled) => ({ dated, shuffled })));
    fc.assert(
      fc.property(streamAndShuffle, ({ dated, shuffled }) => {
        expect(fold(shuffled)).toEqual(fold(dated));
      }),
    );
  });

  it('yields only real dates, in order, each once, with whole non-negative counts', () => {
    fc.assert(
      fc.property(recordStream, (dated) => {
        const history = fold(dated);
        expect(historySchema.safeParse(history).success).toBe(true);
        for (const day of history) expect(isRealDate(day.date), day.date).toBe(true);
      }),
    );
  });

  it('gives streaks from folded records equal to the reference, current never above longest', () => {
    fc.assert(
      fc.property(recordStream, goalArbitrary, (dated, goal) => {
        const history = fold(dated);
        const todayKey = history.at(-1)?.date ?? keyOf(0);
        const streaks = streaksOf(history, goal, todayKey);
        expect(streaks.current).toBeLessThanOrEqual(streaks.longest);
        expect(streaks).toEqual(referenceStreaks(history, goal, todayKey));
      }),
    );
  });
});

describe('streaks (property, random histories with days off)', () => {
  it('equal a reference that walks every calendar date, and current never exceeds longest', () => {
    fc.assert(
      fc.property(daysArbitrary, goalArbitrary, todayArbitrary, (days, goal, todayKey) => {
        const streaks = streaksOf(days, goal, todayKey);
        expect(streaks.current).toBeLessThanOrEqual(streaks.longest);
        expect(streaks).toEqual(referenceStreaks(days, goal, todayKey));
      }),
    );
  });

  it('do not depend on the order days are given in', () => {
    const daysAndShuffle = daysArbitrary.chain((days) => shuffledOf(days).map((shuffled) => ({ days, shuffled })));
    fc.assert(
      fc.property(daysAndShuffle, goalArbitrary, todayArbitrary, ({ days, shuffled }, goal, todayKey) => {
        expect(streaksOf(shuffled, goal, todayKey)).toEqual(streaksOf(days, goal, todayKey));
      }),
    );
  });

  it('never change when days without desk activity are inserted', () => {
    fc.assert(
      fc.property(daysArbitrary, quietDaysArbitrary, goalArbitrary, todayArbitrary, (days, quiet, goal, todayKey) => {
        const taken = new Set(days.map((d) => d.date));
        const withQuiet = [...days, ...quiet.filter((d) => !taken.has(d.date))];
        expect(streaksOf(withQuiet, goal, todayKey)).toEqual(streaksOf(days, goal, todayKey));
      }),
    );
  });

  it('grow by one with a met day after the latest, and drop to zero with an unmet one unless it is today', () => {
    const later = fc.record({ afterDays: fc.integer({ min: 1, max: 5 }), todayAfterDays: fc.integer({ min: 1, max: 4 }), fewBreaks: fc.boolean() });
    fc.assert(
      fc.property(daysArbitrary, goalArbitrary, later, (days, goal, { afterDays, todayAfterDays, fewBreaks }) => {
        const date = keyOf(Math.max(60, ...days.map((d) => dayNumberOf(d.date))) + afterDays);
        const laterToday = keyOf(dayNumberOf(date) + todayAfterDays);
        const before = streaksOf(days, goal, date).current;
        const maxSittingSeconds = goal.maxSittingMinutes * 60;
        const met: DaySummary = { ...emptyDay(date), activeSeconds: maxSittingSeconds, breaksTaken: goal.breaksPerDay, longestSittingSeconds: maxSittingSeconds };
        const unmet: DaySummary = fewBreaks ? { ...met, breaksTaken: goal.breaksPerDay - 1 } : { ...met, longestSittingSeconds: maxSittingSeconds + 1 };
        expect(streaksOf([...days, met], goal, date).current).toBe(before + 1);
        expect(streaksOf([...days, met], goal, laterToday).current).toBe(before + 1);
        expect(streaksOf([...days, unmet], goal, laterToday).current).toBe(0);
        expect(streaksOf([...days, unmet], goal, date).current).toBe(before);
      }),
    );
  });
});

describe('retention (property)', () => {
  it('keeps at most 400 days, always the newest, and only real dates', () => {
    // Up to 900 dates with a repeating pattern of gaps, stored rotated: scalars, so a failure shrinks in seconds.
    const many = fc
      .record({ count: fc.integer({ min: 0, max: 900 }), first: fc.integer({ min: 0, max: 400 }), gaps: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }), rotate: fc.nat() })
      .map(({ count, first, gaps, rotate }) => {
        let dayNumber = first;
        const dates = Array.from({ length: count }, (_, i) => keyOf((dayNumber += gaps[i % gaps.length] ?? 1)));
        const shift = count === 0 ? 0 : rotate % count;
        return [...dates.slice(shift), ...dates.slice(0, shift)].map((date) => ({ ...emptyDay(date), breaksTaken: 1 }));
      });
    fc.assert(
      fc.property(many, (days) => {
        const kept = pruneHistory(days).map((d) => d.date);
        const newest = days.map((d) => d.date).sort().slice(-HISTORY_RETENTION_DAYS);
        expect(kept.length).toBeLessThanOrEqual(HISTORY_RETENTION_DAYS);
        expect(kept.at(-1)).toBe(newest.at(-1));
        // Compared as text: a diff of hundreds of dates on every shrinking step would take minutes.
        expect(kept.join(' ') === newest.join(' '), 'the newest dates, in date order').toBe(true);
        expect(kept.every(isRealDate)).toBe(true);
      }),
    );
  });

  it('gives the same history pruned after every record as pruned once at the end', () => {
    const dayRecords = fc.array(
      fc.record({ n: fc.integer({ min: 0, max: 80 }), seconds: fc.integer({ min: 1, max: 36_000 }) }).map(({ n, seconds }) => ({ type: 'day' as const, dateKey: keyOf(n), activeSeconds: seconds, longestSittingSeconds: seconds })),
      { maxLength: 60, size: 'max' },
    );
    fc.assert(
      fc.property(dayRecords, fc.integer({ min: 0, max: 30 }), (records, keepDays) => {
        const stepwise = records.reduce<History>((h, r) => pruneHistory(applyDayRecord(h, r), keepDays), []);
        expect(stepwise).toEqual(pruneHistory(records.reduce<History>(applyDayRecord, []), keepDays));
      }),
    );
  });
});
