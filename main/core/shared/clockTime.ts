/**
 * Times of day as settings hold them, "HH:MM" from 00:00 to 24:00 (24:00 ends a day), and the
 * "HH:MM-HH:MM" ranges an organization writes in policy. One reading for the engine, the policy
 * resolver and the settings window.
 */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const CLOCK_TIME_RULE = 'must be a time of day as HH:MM (00:00 to 24:00)';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
const TIME_RANGE = /^(\d\d:\d\d)-(\d\d:\d\d)$/;

/** "09:30" → 570. Only for a time that matches CLOCK_TIME_PATTERN. */
export function minutesOfClockTime(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * MINUTES_PER_HOUR + minutes;
}

/** 570 → "09:30"; a minute past the end of the day is the end of the day, "24:00". */
export function clockTimeOfMinutes(minutes: number): string {
  const clamped = Math.min(Math.max(0, minutes), MINUTES_PER_DAY);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(clamped / MINUTES_PER_HOUR))}:${pad(clamped % MINUTES_PER_HOUR)}`;
}

/** A policy list item "09:00-12:30" as { from, to }; anything else is left as it is, for the schema to refuse. */
export function parseTimeRange(item: unknown): unknown {
  const match = typeof item === 'string' ? TIME_RANGE.exec(item) : null;
  return match === null ? item : { from: match[1], to: match[2] };
}
