import { MINUTES_PER_HOUR } from '../../main/core/time';

const pad = (n: number, width = 2): string => String(Math.trunc(n)).padStart(width, '0');

/** ISO-8601 in local time with its offset (honours `TZ`), e.g. 2026-03-02T09:20:00+01:00. */
export function formatLocalIso(wallMs: number): string {
  const d = new Date(wallMs);
  const offsetMinutes = -d.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const ms = d.getMilliseconds() === 0 ? '' : `.${pad(d.getMilliseconds(), 3)}`;
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${ms}` +
    `${sign}${pad(abs / MINUTES_PER_HOUR)}:${pad(abs % MINUTES_PER_HOUR)}`
  );
}
