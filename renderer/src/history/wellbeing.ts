import type { ChartDay, DaySummary } from './chartDays';

/** The end-of-break answers to "How does your neck feel?", added up over some days. */
export interface CheckInTotals {
  readonly better: number;
  readonly same: number;
  readonly worse: number;
}

export const FEELINGS = ['better', 'same', 'worse'] as const satisfies readonly (keyof CheckInTotals)[];

/** The answers of every kept day of `series`. */
export function checkInTotals(series: readonly ChartDay[]): CheckInTotals {
  const totals = { better: 0, same: 0, worse: 0 };
  for (const { day } of series) {
    if (day === null) continue;
    for (const feeling of FEELINGS) totals[feeling] += day.checkIns[feeling];
  }
  return totals;
}

/** An exercise reported as hurting, or left out of the breaks, or both. */
export interface SoreExercise {
  readonly id: string;
  /** "This hurts" reports over every kept day. */
  readonly reports: number;
  /** The newest date with a report, or null when there is none (left out by hand, or before history v2). */
  readonly lastReported: string | null;
  /** In the person's exclusions: out of rotation until put back. */
  readonly excluded: boolean;
}

/**
 * Every exercise reported as hurting on a kept day, and every one left out, newest report first
 * (those left out without a report, in the order they were left out, after them).
 */
export function soreExercises(days: readonly DaySummary[], excluded: readonly string[]): SoreExercise[] {
  const reported = new Map<string, { reports: number; lastReported: string }>();
  for (const day of days) {
    for (const [id, count] of Object.entries(day.hurtExercises)) {
      const seen = reported.get(id);
      reported.set(id, { reports: (seen?.reports ?? 0) + count, lastReported: seen === undefined || day.date > seen.lastReported ? day.date : seen.lastReported });
    }
  }
  const withReports = [...reported.entries()]
    .sort(([, a], [, b]) => (a.lastReported === b.lastReported ? b.reports - a.reports : a.lastReported < b.lastReported ? 1 : -1))
    .map(([id, seen]) => ({ id, ...seen, excluded: excluded.includes(id) }));
  const leftOutOnly = excluded.filter((id) => !reported.has(id)).map((id) => ({ id, reports: 0, lastReported: null, excluded: true }));
  return [...withReports, ...leftOutOnly];
}
