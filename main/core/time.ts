/** Units for durations. Every time value in the core is in milliseconds unless its name says otherwise. */
export const MS_PER_SECOND = 1_000;
export const SECONDS_PER_MINUTE = 60;
export const MS_PER_MINUTE = MS_PER_SECOND * SECONDS_PER_MINUTE;
export const MINUTES_PER_HOUR = 60;
export const MS_PER_HOUR = MS_PER_MINUTE * MINUTES_PER_HOUR;
export const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

export const secondsToMs = (seconds: number): number => seconds * MS_PER_SECOND;
export const minutesToMs = (minutes: number): number => minutes * MS_PER_MINUTE;
export const msToSeconds = (ms: number): number => ms / MS_PER_SECOND;

/**
 * One reading of both clocks. `monoMs` only moves forward at the rate of real time while the
 * machine is awake (it may stop during suspend); `wallMs` is the epoch time the user sees and
 * can be changed at any moment.
 */
export interface Instant {
  readonly monoMs: number;
  readonly wallMs: number;
}
