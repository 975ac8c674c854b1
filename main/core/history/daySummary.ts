import { z } from 'zod';
import type { HistoryRecord } from '../engine/effects';
import { exerciseIdSchema } from '../shared/exerciseId';

/**
 * One local day of history, and the history document that keeps them.
 *
 * Durations are whole seconds, the unit of the engine's 'day' record, so nothing is rounded
 * twice; displays round to minutes. A summary is a sum of what its records added, which makes
 * `mergeDays` commutative and associative: the history does not depend on the order records
 * arrive in, and two visits to one date (a clock set back, a flight west) simply add up.
 *
 * The document is an array sorted by date, each date once: the canonical form, so two histories
 * with the same days are equal, exports come out in date order and streaks walk it as it is.
 */

/** `YYYY-MM-DD`, as the Calendar port writes local dates. Lexical order is calendar order. */
const DATE_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const FEBRUARY = 2;
const DAYS_IN_LEAP_FEBRUARY = 29;

/** The Gregorian rule: every fourth year, except centuries not divisible by 400. */
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** True for a real calendar date written as `YYYY-MM-DD` (so not 2026-02-29 or 2026-13-01). */
export function isDateKey(text: string): boolean {
  const match = DATE_KEY_PATTERN.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = month === FEBRUARY && isLeapYear(year) ? DAYS_IN_LEAP_FEBRUARY : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= daysInMonth;
}

export const dateKeySchema = z.string().refine(isDateKey, { message: 'must be a real date as YYYY-MM-DD' });

export type Feeling = Extract<HistoryRecord, { type: 'checkIn' }>['feeling'];

const count = z.number().int().nonnegative();

export const daySummarySchema = z.strictObject({
  date: dateKeySchema,
  /** Sitting time that day (the engine's active desk time), whole seconds. */
  activeSeconds: count,
  /** The longest unbroken stretch of sitting that day, whole seconds. */
  longestSittingSeconds: count,
  /** Times a break was offered without being asked for (each offer after a snooze again). */
  breaksPrompted: count,
  /** Breaks taken, prompted or started by the person; routines included. */
  breaksTaken: count,
  /** Absences of at least `idle.naturalBreakAfterSeconds` within the day. */
  naturalBreaks: count,
  breaksSnoozed: count,
  breaksSkipped: count,
  /** Routines (the longer break) taken. */
  routinesCompleted: count,
  /** "This hurts" reports during an exercise. */
  hurtReports: count,
  /** The same reports by exercise id (since history v2; the days before say only how many). */
  hurtExercises: z.record(exerciseIdSchema, count),
  /** End-of-break answers to "How does your neck feel?". */
  checkIns: z.strictObject({ better: count, same: count, worse: count } satisfies Record<Feeling, typeof count>),
});
export type DaySummary = z.infer<typeof daySummarySchema>;

export const historySchema = z.array(daySummarySchema).refine(
  (days) => days.every((day, i) => i === 0 || (days[i - 1]?.date ?? '') < day.date),
  { message: 'days must be in date order, each date once' },
);
/** Every day with a record, sorted by date, each date once. */
export type History = readonly DaySummary[];

/** Sort order of days: by calendar date (lexical order of `YYYY-MM-DD`). */
export const byDate = (a: DaySummary, b: DaySummary): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export const emptyDay = (date: string): DaySummary => ({
  date,
  activeSeconds: 0,
  longestSittingSeconds: 0,
  breaksPrompted: 0,
  breaksTaken: 0,
  naturalBreaks: 0,
  breaksSnoozed: 0,
  breaksSkipped: 0,
  routinesCompleted: 0,
  hurtReports: 0,
  hurtExercises: {},
  checkIns: { better: 0, same: 0, worse: 0 },
});

/** Two summaries of the same date as one: counts and sitting time add up, the longer stretch wins. */
export function mergeDays(a: DaySummary, b: DaySummary): DaySummary {
  if (a.date !== b.date) throw new Error(`cannot merge ${a.date} with ${b.date}`);
  return {
    date: a.date,
    activeSeconds: a.activeSeconds + b.activeSeconds,
    longestSittingSeconds: Math.max(a.longestSittingSeconds, b.longestSittingSeconds),
    breaksPrompted: a.breaksPrompted + b.breaksPrompted,
    breaksTaken: a.breaksTaken + b.breaksTaken,
    naturalBreaks: a.naturalBreaks + b.naturalBreaks,
    breaksSnoozed: a.breaksSnoozed + b.breaksSnoozed,
    breaksSkipped: a.breaksSkipped + b.breaksSkipped,
    routinesCompleted: a.routinesCompleted + b.routinesCompleted,
    hurtReports: a.hurtReports + b.hurtReports,
    hurtExercises: addCounts(a.hurtExercises, b.hurtExercises),
    checkIns: {
      better: a.checkIns.better + b.checkIns.better,
      same: a.checkIns.same + b.checkIns.same,
      worse: a.checkIns.worse + b.checkIns.worse,
    },
  };
}

/** Two tallies by key as one: each key's counts add up. */
function addCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, n] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}
