import type { HistoryView } from '../../../preload/views';
import { dateOfKey, keyOfDate } from './formatting';

export type DaySummary = HistoryView['days'][number];

/** How far back the chart (and its table) looks: the last month, today included. */
export const CHART_DAYS = 30;

/** One calendar day of the chart: its summary, or null when nothing was kept for it. */
export interface ChartDay {
  readonly date: string;
  readonly day: DaySummary | null;
}

/** The `count` calendar dates ending with `todayKey`, oldest first. */
export function calendarDaysEndingAt(todayKey: string, count: number): string[] {
  const today = dateOfKey(todayKey);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(today);
    date.setUTCDate(today.getUTCDate() - (count - 1 - i));
    return keyOfDate(date);
  });
}

/** The chart's days: every calendar day of the window, with the kept summary of that date if there is one. */
export function chartDays(days: readonly DaySummary[], todayKey: string, count: number = CHART_DAYS): ChartDay[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  return calendarDaysEndingAt(todayKey, count).map((date) => ({ date, day: byDate.get(date) ?? null }));
}

/** Breaks that count toward the goal: taken, and natural ones (time away from the desk). */
export { breaksTowardGoal as breaksOf } from '../../../main/core/shared/dayGoal';
