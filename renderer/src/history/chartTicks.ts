/**
 * Readable steps for a chart's y-axis: 1, 2, 2.5 or 5 times a power of ten (whole numbers only:
 * the axes count breaks and minutes), so an axis reads 0, 2, 4, 6 or 0, 30, 60, 90 rather than
 * jumping from 0 to an odd maximum.
 */

/** Steps tried within each power of ten, smallest first. */
const STEP_MULTIPLIERS = [1, 2, 2.5, 5] as const;
const BASE = 10;
/** Enough ticks to read a value off, few enough to stay apart in a 96-unit panel. */
export const DEFAULT_MAX_TICK_INTERVALS = 4;

export interface AxisTicks {
  /** The axis's top: a whole number of steps, at least the largest value. */
  readonly top: number;
  readonly step: number;
  /** 0, step, 2·step … top. */
  readonly ticks: readonly number[];
}

/** Steps people count minutes of sitting in: parts of an hour, then whole hours. */
export const MINUTE_STEPS: readonly number[] = [5, 10, 15, 20, 30, 60, 120, 180, 240];

/**
 * The smallest readable step that covers `max` in at most `maxIntervals` steps, and the ticks it
 * gives; `steps` (ascending) limits the steps to those, when the unit has steps of its own.
 */
export function niceTicks(max: number, maxIntervals: number = DEFAULT_MAX_TICK_INTERVALS, steps?: readonly number[]): AxisTicks {
  const value = Number.isFinite(max) && max > 0 ? max : 1;
  const intervals = Math.max(1, Math.floor(maxIntervals));
  const rough = value / intervals;
  let step = steps?.find((candidate) => candidate >= rough) ?? Number.POSITIVE_INFINITY;
  for (let power = BASE ** Math.floor(Math.log10(rough)); steps === undefined && step === Number.POSITIVE_INFINITY; power *= BASE) {
    for (const multiplier of STEP_MULTIPLIERS) {
      const candidate = multiplier * power;
      // Whole steps only: half a break or a fraction of a minute is not a tick anyone reads.
      if (Number.isInteger(candidate) && candidate >= rough) {
        step = candidate;
        break;
      }
    }
  }
  // Past the last step of a unit's own, whole multiples of it.
  if (step === Number.POSITIVE_INFINITY) {
    const largest = steps?.[steps.length - 1] ?? 1;
    step = Math.ceil(rough / largest) * largest;
  }
  const top = Math.ceil(value / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return { top, step, ticks };
}
