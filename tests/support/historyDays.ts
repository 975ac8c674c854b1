import { emptyDay, type DaySummary } from '../../main/core/history/daySummary';

const HOUR_SECONDS = 3_600;
const MINUTE_SECONDS = 60;

const day = (date: string, figures: Partial<Omit<DaySummary, 'date'>>): DaySummary => ({ ...emptyDay(date), ...figures });

/**
 * A history the history-window tests show, for TEST_TODAY (Monday 2026-03-02, with half an hour
 * of sitting in its snapshot on top of what was kept). Three met days in January (outside the
 * 30-day chart), a missed one on 10 February, two met days before the weekend of 28 February;
 * today has 3 of its 4 breaks so far, so it does not count for the streak yet. Within the chart,
 * 7 answers to the end-of-break check-in (4 better, 2 the same, 1 worse) and two "this hurts"
 * reports: the seated chin tuck on 10 and 27 February, the neck press on 27 February.
 */
export const SAMPLE_DAYS: readonly DaySummary[] = [
  day('2026-01-13', { activeSeconds: 4 * HOUR_SECONDS, longestSittingSeconds: 40 * MINUTE_SECONDS, breaksTaken: 4, breaksPrompted: 4 }),
  day('2026-01-14', { activeSeconds: 4 * HOUR_SECONDS, longestSittingSeconds: 40 * MINUTE_SECONDS, breaksTaken: 4, breaksPrompted: 4 }),
  day('2026-01-15', { activeSeconds: 4 * HOUR_SECONDS, longestSittingSeconds: 40 * MINUTE_SECONDS, breaksTaken: 5, breaksPrompted: 5, checkIns: { better: 2, same: 1, worse: 0 } }),
  day('2026-02-10', { activeSeconds: 3 * HOUR_SECONDS, longestSittingSeconds: 2 * HOUR_SECONDS, breaksTaken: 1, breaksPrompted: 3, breaksSkipped: 2, hurtReports: 1, hurtExercises: { 'seated-chin-tuck': 1 } }),
  day('2026-02-26', { activeSeconds: 5 * HOUR_SECONDS, longestSittingSeconds: 50 * MINUTE_SECONDS, breaksTaken: 4, breaksPrompted: 4, naturalBreaks: 1, routinesCompleted: 1, checkIns: { better: 2, same: 1, worse: 0 } }),
  day('2026-02-27', { activeSeconds: 6 * HOUR_SECONDS, longestSittingSeconds: 90 * MINUTE_SECONDS, breaksTaken: 3, breaksPrompted: 3, naturalBreaks: 2, hurtReports: 2, hurtExercises: { 'seated-chin-tuck': 1, 'seated-neck-isometrics': 1 }, checkIns: { better: 1, same: 1, worse: 1 } }),
  day('2026-03-02', {
    activeSeconds: 2 * HOUR_SECONDS,
    longestSittingSeconds: HOUR_SECONDS,
    breaksTaken: 2,
    breaksPrompted: 4,
    naturalBreaks: 1,
    breaksSnoozed: 1,
    breaksSkipped: 2,
    routinesCompleted: 1,
    checkIns: { better: 1, same: 0, worse: 0 },
  }),
];
