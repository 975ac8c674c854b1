import type { Instant } from './time';
import { MS_PER_SECOND } from './time';

/**
 * Engine time: milliseconds of real time since the engine started, robust to both ways the
 * clocks can lie. A wall-clock change (NTP, the user, a VM restore) moves `wallMs` but not
 * `monoMs`, so awake time is measured on the monotonic clock. During suspend the monotonic clock
 * stops on macOS and Linux while the wall clock keeps running, so across a suspend the larger
 * of the two deltas is the time that passed.
 */
export interface Timebase {
  readonly engineMs: number;
  readonly monoMs: number;
  readonly wallMs: number;
}

/** Wall and monotonic drift by milliseconds a day; anything above this is a clock change. */
export const CLOCK_JUMP_TOLERANCE_MS = 2 * MS_PER_SECOND;

export interface Advance {
  readonly timebase: Timebase;
  /** Seconds the wall clock was changed by since the last reading, or null. */
  readonly jumpSeconds: number | null;
}

export const startTimebase = (at: Instant): Timebase => ({ engineMs: 0, monoMs: at.monoMs, wallMs: at.wallMs });

export function advanceTimebase(previous: Timebase, at: Instant, acrossSuspend: boolean): Advance {
  const monoDelta = Math.max(0, at.monoMs - previous.monoMs);
  const wallDelta = at.wallMs - previous.wallMs;
  const elapsed = acrossSuspend ? Math.max(monoDelta, wallDelta) : monoDelta;
  const drift = wallDelta - monoDelta;
  const jumped = !acrossSuspend && Math.abs(drift) > CLOCK_JUMP_TOLERANCE_MS;
  return {
    timebase: { engineMs: previous.engineMs + elapsed, monoMs: at.monoMs, wallMs: at.wallMs },
    jumpSeconds: jumped ? Math.round(drift / MS_PER_SECOND) : null,
  };
}

/** The wall-clock reading expected at engine time `engineMs`, assuming no further clock change. */
export const wallAt = (timebase: Timebase, engineMs: number): number => timebase.wallMs + (engineMs - timebase.engineMs);
