import { MINUTES_PER_HOUR } from './time';

/** Local (time-zone aware) reading of a wall-clock instant. */
export interface LocalParts {
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly minuteOfDay: number;
  /** The local date as YYYY-MM-DD; history is kept per local day. */
  readonly dateKey: string;
}

/**
 * The core's only view of the time zone. The system calendar below uses the JavaScript `Date`
 * local-time functions, so it follows the `TZ` environment variable and daylight-saving rules.
 */
export interface Calendar {
  localParts(wallMs: number): LocalParts;
  /** The wall instant of a local time `dayOffset` days after the day containing `wallMs`. */
  wallAtLocalMinute(wallMs: number, dayOffset: number, minuteOfDay: number): number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export const systemCalendar: Calendar = {
  localParts(wallMs) {
    const d = new Date(wallMs);
    return {
      weekday: d.getDay(),
      minuteOfDay: d.getHours() * MINUTES_PER_HOUR + d.getMinutes(),
      dateKey: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    };
  },
  wallAtLocalMinute(wallMs, dayOffset, minuteOfDay) {
    const d = new Date(wallMs);
    // The Date constructor normalises overflowing days and minutes and resolves DST gaps.
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, 0, minuteOfDay).getTime();
  },
};

/** The first local midnight strictly after `wallMs`. */
export const nextLocalMidnight = (calendar: Calendar, wallMs: number): number =>
  calendar.wallAtLocalMinute(wallMs, 1, 0);
