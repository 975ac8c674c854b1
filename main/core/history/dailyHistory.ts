import type { Calendar } from '../calendar';
import type { HistoryRecord } from '../engine/effects';
import { byDate, emptyDay, mergeDays, type DaySummary, type History } from './daySummary';

/**
 * Folding the engine's history records into local days.
 *
 * Which day a record counts on: the local date, by the calendar in force when the record is
 * folded (fold records as they are emitted), of the moment it began —
 * - a break: `startedWallMs`, the moment it was offered (or asked for); a break that runs past
 *   midnight counts, with its prompt, on the day it began;
 * - a natural break: only when `fromWallMs` and `toWallMs` fall on the same local date. An
 *   absence across local midnight is the night (or weekend) between two desk days, not a break
 *   within either; counting it would hand every day a free break for going home or arriving;
 * - a check-in or "this hurts": `atWallMs`;
 * - a 'day' record: its own `dateKey` (the engine dated it when the day ended).
 *
 * Clock jumps and time-zone changes: 'clockJump' records count on no day. The engine measures
 * durations on the monotonic clock, so a jump changes no sitting time; records after it are dated
 * by the wall clock as it then reads and merge into whatever local date that is, the date the
 * person saw. A date can be visited twice (the clock set back, a flight west), and then receives
 * a second 'day' record: the engine counts afresh after each one, so the two cover different
 * hours — their sitting adds up and the longer stretch wins, like every other count.
 *
 * Retention keeps the newest dates by count, not a window back from today: pruning while the
 * clock is set years ahead must not wipe the history. Days written under a wrong clock stay
 * until newer dates push them out; streaks ignore days after today.
 */

/** A year with room to compare against the same weeks last year. */
export const HISTORY_RETENTION_DAYS = 400;

export type DayRecord = Extract<HistoryRecord, { type: 'day' }>;
/** Today's sitting so far, counted since the last 'day' record (as the engine's model reports it). */
export type TodaySnapshot = Omit<DayRecord, 'type'>;

const wholeSeconds = (seconds: number): number => (Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0);

function sittingOf(day: TodaySnapshot): DaySummary | null {
  const activeSeconds = wholeSeconds(day.activeSeconds);
  const longestSittingSeconds = wholeSeconds(day.longestSittingSeconds);
  if (activeSeconds === 0 && longestSittingSeconds === 0) return null;
  return { ...emptyDay(day.dateKey), activeSeconds, longestSittingSeconds };
}

/** What one record adds to its local day, or null when it counts on no day. */
export function contributionOf(record: HistoryRecord, calendar: Calendar): DaySummary | null {
  const dateAt = (wallMs: number): string => calendar.localParts(wallMs).dateKey;
  switch (record.type) {
    case 'break': {
      const taken = record.outcome === 'taken';
      const day: DaySummary = {
        ...emptyDay(dateAt(record.startedWallMs)),
        breaksPrompted: record.prompted ? 1 : 0,
        breaksTaken: taken ? 1 : 0,
        routinesCompleted: taken && record.kind === 'routine' ? 1 : 0,
        breaksSnoozed: record.outcome === 'snoozed' ? 1 : 0,
        breaksSkipped: record.outcome === 'skipped' ? 1 : 0,
      };
      // A break asked for and then cancelled (a pause, a shutdown) happened on no day.
      return day.breaksPrompted + day.breaksTaken + day.breaksSnoozed + day.breaksSkipped > 0 ? day : null;
    }
    case 'naturalBreak': {
      const date = dateAt(record.fromWallMs);
      return date === dateAt(record.toWallMs) ? { ...emptyDay(date), naturalBreaks: 1 } : null;
    }
    case 'checkIn': {
      const day = emptyDay(dateAt(record.atWallMs));
      return { ...day, checkIns: { ...day.checkIns, [record.feeling]: 1 } };
    }
    case 'hurt':
      return { ...emptyDay(dateAt(record.atWallMs)), hurtReports: 1, hurtExercises: { [record.exerciseId]: 1 } };
    case 'day':
      return sittingOf(record);
    case 'clockJump':
      return null;
  }
}

/** The history with `day` merged into its date, kept in date order. */
export function addDay(history: History, day: DaySummary): History {
  const at = history.findIndex((existing) => existing.date >= day.date);
  if (at === -1) return [...history, day];
  if (history[at]?.date === day.date) return history.map((existing, i) => (i === at ? mergeDays(existing, day) : existing));
  return [...history.slice(0, at), day, ...history.slice(at)];
}

/** The history after one record; the same history when the record counts on no day. */
export function foldRecord(history: History, record: HistoryRecord, calendar: Calendar): History {
  const day = contributionOf(record, calendar);
  return day === null ? history : addDay(history, day);
}

export const foldRecords = (history: History, records: Iterable<HistoryRecord>, calendar: Calendar): History =>
  [...records].reduce((folded, record) => foldRecord(folded, record, calendar), history);

/** A finished day's sitting (no calendar needed: the engine dated it). */
export function applyDayRecord(history: History, record: DayRecord): History {
  const day = sittingOf(record);
  return day === null ? history : addDay(history, day);
}

/**
 * The history as it stands this moment, today's sitting so far included. For display only:
 * stored, those seconds would count twice once today's 'day' record arrives.
 */
export const withToday = (history: History, today: TodaySnapshot): History => applyDayRecord(history, { type: 'day', ...today });

/** The newest `keepDays` dates, by calendar date (whatever order the days came in). */
export function pruneHistory(history: History, keepDays: number = HISTORY_RETENTION_DAYS): History {
  const sorted = [...history].sort(byDate);
  return sorted.slice(Math.max(0, sorted.length - Math.max(0, keepDays)));
}
