import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { meetsGoal } from '../shared/dayGoal';
import { byDate, type DaySummary, type History } from './daySummary';

/**
 * Streaks: consecutive desk days that met the day's goal.
 *
 * Only days with desk activity count. A weekend, a holiday or a sick day — absent from the
 * history or empty — neither extends nor breaks a streak, so "consecutive" means consecutive
 * among active days, ordered by calendar date (never by the order days were stored).
 *
 * Today is still in progress: until it meets the goal it is treated like a day without
 * activity, so a morning without breaks yet does not show the streak as lost. Days dated after
 * today were written while the clock was wrong (or before a flight west) and are left out until
 * today reaches them.
 */

/** The settings' `goal`: breaks a day (taken or natural), and the longest sitting stretch allowed. */
export type DayGoal = Settings['goal'];

/** One source for the defaults: the settings schema (4 breaks, 90 minutes, from the product brief). */
export const DEFAULT_DAY_GOAL: DayGoal = DEFAULT_SETTINGS.goal;
export const DEFAULT_BREAKS_PER_DAY = DEFAULT_DAY_GOAL.breaksPerDay;
export const DEFAULT_MAX_SITTING_MINUTES = DEFAULT_DAY_GOAL.maxSittingMinutes;

export interface Streaks {
  /** Met active days in a row up to the latest one (today counts once it is met). */
  readonly current: number;
  readonly longest: number;
}

/** Any sitting or any break: someone was at the desk that day. */
export const hasDeskActivity = (day: DaySummary): boolean =>
  day.activeSeconds > 0 ||
  day.longestSittingSeconds > 0 ||
  day.breaksPrompted + day.breaksTaken + day.naturalBreaks + day.breaksSnoozed + day.breaksSkipped > 0;

/** Enough breaks (taken or natural) and no sitting stretch longer than the goal allows. */
export { meetsGoal };

/** Current and longest streak as of `todayKey` (the local date now, `YYYY-MM-DD`). */
export function streaksOf(history: History, goal: DayGoal, todayKey: string): Streaks {
  const counted = history
    .filter((day) => day.date <= todayKey && hasDeskActivity(day))
    .filter((day) => day.date !== todayKey || meetsGoal(day, goal))
    .sort(byDate);
  let run = 0;
  let longest = 0;
  for (const day of counted) {
    run = meetsGoal(day, goal) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return { current: run, longest };
}
