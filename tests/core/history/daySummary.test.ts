import { describe, expect, it } from 'vitest';
import { daySummarySchema, emptyDay, historySchema, isDateKey, mergeDays } from '../../../main/core/history/daySummary';

describe('day summary', () => {
  it('merges two summaries of a date: counts add up, the longer stretch wins', () => {
    const a = { ...emptyDay('2026-03-02'), activeSeconds: 100, longestSittingSeconds: 80, breaksTaken: 1, checkIns: { better: 1, same: 0, worse: 0 } };
    const b = { ...emptyDay('2026-03-02'), activeSeconds: 50, longestSittingSeconds: 50, breaksTaken: 2, checkIns: { better: 0, same: 0, worse: 1 } };
    expect(mergeDays(a, b)).toEqual({ ...emptyDay('2026-03-02'), activeSeconds: 150, longestSittingSeconds: 80, breaksTaken: 3, checkIns: { better: 1, same: 0, worse: 1 } });
    expect(mergeDays(b, a)).toEqual(mergeDays(a, b));
    expect(() => mergeDays(a, emptyDay('2026-03-03'))).toThrow(/cannot merge/);
  });

  it('rejects summaries with impossible dates or counts, and days out of date order', () => {
    const day = { ...emptyDay('2026-03-02'), breaksTaken: 1 };
    expect(daySummarySchema.safeParse(day).success).toBe(true);
    expect(daySummarySchema.safeParse({ ...day, date: '2026-02-29' }).success).toBe(false);
    expect(daySummarySchema.safeParse({ ...day, breaksTaken: -1 }).success).toBe(false);
    expect(daySummarySchema.safeParse({ ...day, activeSeconds: 1.5 }).success).toBe(false);
    expect(historySchema.safeParse([day, day]).success).toBe(false);
    expect(historySchema.safeParse([{ ...day, date: '2026-03-03' }, day]).success).toBe(false);
    expect(historySchema.safeParse([day, { ...day, date: '2026-03-03' }]).success).toBe(true);
  });

  it('knows leap years and month lengths', () => {
    expect(['2024-02-29', '2000-02-29', '2026-12-31'].map(isDateKey)).toEqual([true, true, true]);
    expect(['1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-3-2', '2026-03-02T'].map(isDateKey)).toEqual([false, false, false, false, false, false]);
  });
});
