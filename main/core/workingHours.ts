import type { Calendar } from './calendar';
import { WEEKDAYS, type TimeRange, type WorkingHours } from './settings';
import { minutesOfClockTime as toMinute } from './shared/clockTime';

const DAYS_IN_WEEK = 7;


const rangesOn = (hours: WorkingHours, weekday: number): readonly TimeRange[] => {
  const day = WEEKDAYS[((weekday % DAYS_IN_WEEK) + DAYS_IN_WEEK) % DAYS_IN_WEEK];
  return day === undefined ? [] : hours.days[day];
};

/** True when prompts are allowed at this wall instant (always, when working hours are off). */
export function isWithinWorkingHours(hours: WorkingHours, calendar: Calendar, wallMs: number): boolean {
  if (!hours.enabled) return true;
  const { weekday, minuteOfDay } = calendar.localParts(wallMs);
  return rangesOn(hours, weekday).some((r) => toMinute(r.from) <= minuteOfDay && minuteOfDay < toMinute(r.to));
}

/**
 * The next wall instant after `wallMs` at which a working-hours range starts or ends, looking up
 * to a week ahead; null when working hours are off or no day has a range.
 */
export function nextWorkingHoursBoundary(hours: WorkingHours, calendar: Calendar, wallMs: number): number | null {
  if (!hours.enabled) return null;
  const { weekday } = calendar.localParts(wallMs);
  for (let dayOffset = 0; dayOffset <= DAYS_IN_WEEK; dayOffset++) {
    const minutes = rangesOn(hours, weekday + dayOffset)
      .flatMap((r) => [toMinute(r.from), toMinute(r.to)])
      .sort((a, b) => a - b);
    for (const minute of minutes) {
      const at = calendar.wallAtLocalMinute(wallMs, dayOffset, minute);
      if (at > wallMs) return at;
    }
  }
  return null;
}
