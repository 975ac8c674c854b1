import { nextLocalMidnight, type Calendar } from '../calendar';
import type { Settings } from '../settings';
import { isWithinWorkingHours, nextWorkingHoursBoundary } from '../workingHours';

/**
 * What the calendar says, valid from one wall instant until the next local midnight or
 * working-hours boundary. Kept in the model so the engine does not redo time-zone arithmetic
 * on every wake-up; recomputed when the wall clock leaves the window (a jump back included)
 * or the settings change.
 */
export interface CalendarWindow {
  readonly fromWallMs: number;
  readonly untilWallMs: number;
  readonly dateKey: string;
  readonly inWorkingHours: boolean;
}

export function calendarWindowAt(settings: Settings, calendar: Calendar, wallMs: number): CalendarWindow {
  const midnight = nextLocalMidnight(calendar, wallMs);
  const boundary = nextWorkingHoursBoundary(settings.workingHours, calendar, wallMs);
  return {
    fromWallMs: wallMs,
    untilWallMs: boundary === null ? midnight : Math.min(boundary, midnight),
    dateKey: calendar.localParts(wallMs).dateKey,
    inWorkingHours: isWithinWorkingHours(settings.workingHours, calendar, wallMs),
  };
}

export const windowHolds = (window: CalendarWindow, wallMs: number): boolean =>
  wallMs >= window.fromWallMs && wallMs < window.untilWallMs;
