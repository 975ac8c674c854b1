import { clockTimeOfMinutes as timeOf, minutesOfClockTime as minutesOf } from '../../../main/core/shared/clockTime';
import type { TimeRange } from './settingsModel';

/**
 * Working-hours ranges as `<input type="time">` shows them. Settings may end a range at "24:00"
 * (the end of the day), which a time input cannot hold; such an end is shown as 00:00, and an
 * end of 00:00 — never a valid end otherwise, as a range must end after it starts — is read
 * back as 24:00.
 */

const END_OF_DAY = '24:00';
const MIDNIGHT = '00:00';
const MINUTES_PER_HOUR = 60;
/** A new range starts where the last one ends and lasts an hour; a day without any gets office hours. */
const NEW_RANGE_MINUTES = MINUTES_PER_HOUR;
const FIRST_RANGE: TimeRange = { from: '09:00', to: '17:00' };

export const timeForInput = (time: string, isEnd: boolean): string => (isEnd && time === END_OF_DAY ? MIDNIGHT : time);

export const timeFromInput = (text: string, isEnd: boolean): string => (isEnd && text === MIDNIGHT ? END_OF_DAY : text);

/** The range "Add a time range" appends. At the end of the day it is empty, and the main process says so. */
export function nextRange(ranges: readonly TimeRange[]): TimeRange {
  const lastEnd = ranges.reduce((latest, range) => Math.max(latest, minutesOf(range.to)), -1);
  if (lastEnd < 0) return FIRST_RANGE;
  return { from: timeOf(lastEnd), to: timeOf(lastEnd + NEW_RANGE_MINUTES) };
}
