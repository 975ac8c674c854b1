import { emptyDay, type DaySummary } from '../../main/core/history/daySummary';
import type { DayGoal, Streaks } from '../../main/core/history/streaks';
import { dayNumberOf, keyOf, localDate, type Dated } from './historyArbitrary';

/**
 * The history rules written out plainly (the test oracles): a map of dates counted record by
 * record, dated through a different Intl path than the calendar under test; and streaks found
 * by walking every calendar date from the first day to today.
 */

export function referenceHistory(dated: readonly Dated[]): DaySummary[] {
  const days = new Map<string, DaySummary>();
  const bump = (date: string, change: (d: DaySummary) => DaySummary) => days.set(date, change(days.get(date) ?? emptyDay(date)));
  for (const { record: r, zone } of dated) {
    if (r.type === 'break') {
      // A break nobody was offered that was not taken, snoozed or skipped happened on no day.
      if (!r.prompted && (r.outcome === 'cancelled' || r.outcome === 'ignored')) continue;
      bump(localDate(r.startedWallMs, zone), (d) => ({
        ...d,
        breaksPrompted: d.breaksPrompted + (r.prompted ? 1 : 0),
        breaksTaken: d.breaksTaken + (r.outcome === 'taken' ? 1 : 0),
        routinesCompleted: d.routinesCompleted + (r.outcome === 'taken' && r.kind === 'routine' ? 1 : 0),
        breaksSnoozed: d.breaksSnoozed + (r.outcome === 'snoozed' ? 1 : 0),
        breaksSkipped: d.breaksSkipped + (r.outcome === 'skipped' ? 1 : 0),
      }));
    } else if (r.type === 'naturalBreak') {
      const date = localDate(r.fromWallMs, zone);
      if (date === localDate(r.toWallMs, zone)) bump(date, (d) => ({ ...d, naturalBreaks: d.naturalBreaks + 1 }));
    } else if (r.type === 'checkIn') {
      bump(localDate(r.atWallMs, zone), (d) => ({ ...d, checkIns: { ...d.checkIns, [r.feeling]: d.checkIns[r.feeling] + 1 } }));
    } else if (r.type === 'hurt') {
      bump(localDate(r.atWallMs, zone), (d) => ({ ...d, hurtReports: d.hurtReports + 1, hurtExercises: { ...d.hurtExercises, [r.exerciseId]: (d.hurtExercises[r.exerciseId] ?? 0) + 1 } }));
    } else if (r.type === 'day') {
      const [active, longest] = [Math.round(r.activeSeconds), Math.round(r.longestSittingSeconds)];
      if (active > 0 || longest > 0) {
        bump(r.dateKey, (d) => ({ ...d, activeSeconds: d.activeSeconds + active, longestSittingSeconds: Math.max(d.longestSittingSeconds, longest) }));
      }
    }
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function referenceStreaks(days: readonly DaySummary[], goal: DayGoal, todayKey: string): Streaks {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const status = (key: string): 'met' | 'missed' | 'none' => {
    const d = byDate.get(key);
    if (d === undefined) return 'none';
    const anyBreak = d.breaksPrompted > 0 || d.breaksTaken > 0 || d.naturalBreaks > 0 || d.breaksSnoozed > 0 || d.breaksSkipped > 0;
    if (d.activeSeconds === 0 && d.longestSittingSeconds === 0 && !anyBreak) return 'none';
    const met = d.breaksTaken + d.naturalBreaks >= goal.breaksPerDay && d.longestSittingSeconds <= goal.maxSittingMinutes * 60;
    if (key === todayKey && !met) return 'none'; // still in progress
    return met ? 'met' : 'missed';
  };
  const statuses: string[] = [];
  const first = Math.min(...days.map((d) => dayNumberOf(d.date)));
  for (let n = first; n <= dayNumberOf(todayKey); n++) {
    const s = status(keyOf(n));
    if (s !== 'none') statuses.push(s);
  }
  let current = 0;
  while (statuses[statuses.length - 1 - current] === 'met') current++;
  let longest = 0;
  statuses.forEach((_, i) => {
    let run = 0;
    while (statuses[i + run] === 'met') run++;
    longest = Math.max(longest, run);
  });
  return { current, longest };
}
