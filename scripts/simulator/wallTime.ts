import { z } from 'zod';

/**
 * A trace's wall times: ISO-8601, to the millisecond, with an offset or in local time (`TZ`).
 * `Date.parse` alone would roll February 30 into March and move a local time the clocks skip
 * to the hour after; a trace that says something impossible is refused instead, so a replay
 * never runs on a day other than the one recorded.
 */

const ISO_8601 =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})T(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d{1,3})?)?(?<offset>Z|[+-](?<offsetHours>\d{2}):(?<offsetMinutes>\d{2}))?$/;
const EXAMPLE = 'e.g. 2026-03-02T09:00:00Z';

const MONTHS_PER_YEAR = 12;
const LAST_HOUR = 23;
const LAST_MINUTE = 59;
/** No leap second: JavaScript time, like POSIX time, has none. */
const LAST_SECOND = 59;

/** Days in a month of the proleptic Gregorian calendar (month 1–12), which `Date` uses. */
function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // day 0 of the next month is the last day of this one
  return date.getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The epoch milliseconds `text` names, or why it names none. */
export function parseWallTime(text: string): { ok: true; wallMs: number } | { ok: false; problem: string } {
  const fail = (problem: string) => ({ ok: false, problem }) as const;
  const match = ISO_8601.exec(text);
  if (match === null) return fail(`must be an ISO-8601 date and time, ${EXAMPLE}`);
  const part = (name: string): number => Number(match.groups?.[name] ?? 0);
  const [year, month, day, hour, minute, second] = [part('year'), part('month'), part('day'), part('hour'), part('minute'), part('second')];
  if (month < 1 || month > MONTHS_PER_YEAR) return fail(`is not a real date: there is no month ${month}`);
  const monthDays = daysInMonth(year, month);
  if (day < 1 || day > monthDays) return fail(`is not a real date: ${pad(year, 4)}-${pad(month)} has ${monthDays} days`);
  if (hour > LAST_HOUR || minute > LAST_MINUTE || second > LAST_SECOND) return fail(`is not a real time of day, ${EXAMPLE}`);
  if (part('offsetHours') > LAST_HOUR || part('offsetMinutes') > LAST_MINUTE) return fail(`has an offset out of range (at most ±23:59), ${EXAMPLE}`);

  const wallMs = Date.parse(text);
  if (Number.isNaN(wallMs)) return fail(`is not a real date and time, ${EXAMPLE}`);
  if (match.groups?.offset === undefined) {
    // Local time: read it back. A time the clocks skip comes back an hour (or so) later.
    const local = new Date(wallMs);
    const same = local.getFullYear() === year && local.getMonth() + 1 === month && local.getDate() === day && local.getHours() === hour && local.getMinutes() === minute;
    if (!same) {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      return fail(`does not exist in ${zone}: the clocks skip it (daylight saving time); give the time with its offset`);
    }
  }
  return { ok: true, wallMs };
}

/** A wall time in a trace line, as epoch milliseconds. */
export const wallTimeSchema = z.string().transform((text, ctx) => {
  const result = parseWallTime(text);
  if (result.ok) return result.wallMs;
  ctx.addIssue({ code: 'custom', message: result.problem });
  return z.NEVER;
});
