import type { TodaySnapshot } from '../history/dailyHistory';
import { msToSeconds } from '../time';
import type { Model } from './state';

/** Today's sitting so far, as the engine counts it (the 'day' record carries the same at midnight). */
export function todaySnapshot(model: Model): TodaySnapshot {
  const { activeTodayMs, longestStretchTodayMs, stretchMs } = model.ctx.clocks;
  return {
    dateKey: model.ctx.calendarWindow.dateKey,
    activeSeconds: Math.floor(msToSeconds(activeTodayMs)),
    longestSittingSeconds: Math.floor(msToSeconds(Math.max(longestStretchTodayMs, stretchMs))),
  };
}
