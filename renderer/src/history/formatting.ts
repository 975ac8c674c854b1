/** Durations and dates as the window's language writes them (Intl), for the history window. */

const SECONDS_PER_MINUTE = 60;
const MINUTES_PER_HOUR = 60;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const unitFormat = (locale: string, unit: 'hour' | 'minute', value: number): string =>
  new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);

/** Whole seconds to the nearest minute: "45 min", "2 hr", "1 hr 40 min" (English), "1 Std., 40 Min." (German). */
export function formatDuration(seconds: number, locale: string): string {
  const totalMinutes = Math.round(seconds / SECONDS_PER_MINUTE);
  const hours = Math.floor(totalMinutes / MINUTES_PER_HOUR);
  const minutes = totalMinutes % MINUTES_PER_HOUR;
  if (hours === 0) return unitFormat(locale, 'minute', minutes);
  if (minutes === 0) return unitFormat(locale, 'hour', hours);
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format([unitFormat(locale, 'hour', hours), unitFormat(locale, 'minute', minutes)]);
}

/**
 * A `YYYY-MM-DD` key as the calendar date it names. Midnight UTC, and formatted in UTC: the key
 * is already a local date, so no time zone may move it to the day before or after.
 */
export function dateOfKey(key: string): Date {
  const match = DATE_KEY.exec(key);
  if (match === null) throw new Error(`not a date key: ${key}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export const keyOfDate = (date: Date): string => date.toISOString().slice(0, 10);

/** "Mar 2" / "2. März": short enough for a chart's axis. */
export const formatShortDate = (key: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(dateOfKey(key));

/** "Mon, Mar 2" / "Mo., 2. März": a table row's date. */
export const formatRowDate = (key: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(dateOfKey(key));
