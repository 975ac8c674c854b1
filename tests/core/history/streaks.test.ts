import { describe, expect, it } from 'vitest';
import { emptyDay, type DaySummary } from '../../../main/core/history/daySummary';
import { DEFAULT_BREAKS_PER_DAY, DEFAULT_DAY_GOAL, DEFAULT_MAX_SITTING_MINUTES, hasDeskActivity, meetsGoal, streaksOf } from '../../../main/core/history/streaks';
import { DEFAULT_SETTINGS } from '../../../main/core/settings';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** A desk day with `breaks` taken and a longest stretch of `longestMinutes`. */
const desk = (date: string, breaks: number, longestMinutes = 45): DaySummary => ({
  ...emptyDay(date),
  activeSeconds: 6 * HOUR,
  longestSittingSeconds: longestMinutes * MINUTE,
  breaksTaken: breaks,
  breaksPrompted: breaks,
});
const met = (date: string): DaySummary => desk(date, DEFAULT_BREAKS_PER_DAY);
const missed = (date: string): DaySummary => desk(date, DEFAULT_BREAKS_PER_DAY - 1);

describe('the day goal', () => {
  it('defaults to four breaks and no stretch over 90 minutes, as the settings say', () => {
    expect(DEFAULT_DAY_GOAL).toEqual({ breaksPerDay: 4, maxSittingMinutes: 90 });
    expect(DEFAULT_SETTINGS.goal).toEqual({ breaksPerDay: DEFAULT_BREAKS_PER_DAY, maxSittingMinutes: DEFAULT_MAX_SITTING_MINUTES });
  });

  it('is met with four breaks, taken or natural, and a longest stretch of at most 90 minutes', () => {
    expect(meetsGoal(desk('2026-03-02', 4, 90), DEFAULT_DAY_GOAL)).toBe(true);
    expect(meetsGoal({ ...desk('2026-03-02', 2), naturalBreaks: 2 }, DEFAULT_DAY_GOAL)).toBe(true);
    expect(meetsGoal(desk('2026-03-02', 3), DEFAULT_DAY_GOAL)).toBe(false);
    expect(meetsGoal({ ...desk('2026-03-02', 8, 90), longestSittingSeconds: 90 * MINUTE + 1 }, DEFAULT_DAY_GOAL)).toBe(false);
  });

  it('does not count skipped or snoozed breaks toward the goal', () => {
    const day = { ...desk('2026-03-02', 2), breaksSkipped: 3, breaksSnoozed: 3 };
    expect(meetsGoal(day, DEFAULT_DAY_GOAL)).toBe(false);
  });

  it('follows a custom goal', () => {
    const goal = { breaksPerDay: 2, maxSittingMinutes: 30 };
    expect(meetsGoal(desk('2026-03-02', 2, 30), goal)).toBe(true);
    expect(meetsGoal(desk('2026-03-02', 2, 31), goal)).toBe(false);
  });

  it('sees desk activity in any sitting or any break, and none in an empty day', () => {
    expect(hasDeskActivity(emptyDay('2026-03-07'))).toBe(false);
    expect(hasDeskActivity({ ...emptyDay('2026-03-07'), activeSeconds: 1 })).toBe(true);
    expect(hasDeskActivity({ ...emptyDay('2026-03-07'), breaksSkipped: 1 })).toBe(true);
    expect(hasDeskActivity({ ...emptyDay('2026-03-07'), naturalBreaks: 1 })).toBe(true);
    expect(hasDeskActivity({ ...emptyDay('2026-03-07'), checkIns: { better: 1, same: 0, worse: 0 } })).toBe(false);
  });
});

describe('streaks', () => {
  it('are zero for an empty history', () => {
    expect(streaksOf([], DEFAULT_DAY_GOAL, '2026-03-02')).toEqual({ current: 0, longest: 0 });
  });

  it('count met desk days in a row', () => {
    const week = ['2026-03-02', '2026-03-03', '2026-03-04'].map(met);
    expect(streaksOf(week, DEFAULT_DAY_GOAL, '2026-03-05')).toEqual({ current: 3, longest: 3 });
  });

  it('a weekend without desk activity does not break the streak', () => {
    const days = [met('2026-03-05'), met('2026-03-06'), met('2026-03-09')];
    expect(streaksOf(days, DEFAULT_DAY_GOAL, '2026-03-09').current).toBe(3);
  });

  it('an empty day, stored but without activity, counts like an absent one', () => {
    const days = [met('2026-03-06'), emptyDay('2026-03-07'), { ...emptyDay('2026-03-08'), hurtReports: 1 }, met('2026-03-09')];
    expect(streaksOf(days, DEFAULT_DAY_GOAL, '2026-03-09')).toEqual({ current: 2, longest: 2 });
  });

  it('an active day that misses the goal resets the current streak, and the longest remembers', () => {
    const days = [met('2026-03-02'), met('2026-03-03'), met('2026-03-04'), missed('2026-03-05'), met('2026-03-06')];
    expect(streaksOf(days, DEFAULT_DAY_GOAL, '2026-03-06')).toEqual({ current: 1, longest: 3 });
    expect(streaksOf(days.slice(0, 4), DEFAULT_DAY_GOAL, '2026-03-06')).toEqual({ current: 0, longest: 3 });
  });

  it('today, still in progress and not yet met, does not break the current streak', () => {
    const days = [met('2026-03-02'), met('2026-03-03'), desk('2026-03-04', 1)];
    expect(streaksOf(days, DEFAULT_DAY_GOAL, '2026-03-04')).toEqual({ current: 2, longest: 2 });
  });

  it('today extends the streak as soon as it meets the goal', () => {
    const days = [met('2026-03-02'), met('2026-03-03'), met('2026-03-04')];
    expect(streaksOf(days, DEFAULT_DAY_GOAL, '2026-03-04')).toEqual({ current: 3, longest: 3 });
  });

  it('yesterday, unmet, does break it', () => {
    const days = [met('2026-03-02'), missed('2026-03-03'), desk('2026-03-04', 1)];
    expect(streaksOf(days, DEFAULT_DAY_GOAL, '2026-03-04').current).toBe(0);
  });

  it('orders days by calendar date, not by the order they were given', () => {
    const days = [met('2026-03-04'), missed('2026-03-02'), met('2026-03-03'), met('2026-02-27')];
    expect(streaksOf(days, DEFAULT_DAY_GOAL, '2026-03-04')).toEqual({ current: 2, longest: 2 });
  });

  it('leaves out days dated after today, written while the clock was wrong', () => {
    const days = [met('2026-03-02'), met('2026-03-03'), missed('2099-01-01')];
    expect(streaksOf(days, DEFAULT_DAY_GOAL, '2026-03-04')).toEqual({ current: 2, longest: 2 });
  });
});
