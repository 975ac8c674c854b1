import type { BreakKind } from '../settings';

/** Sitting time, committed up to the last accepted input. */
export interface SittingClocks {
  /** Sitting since the last micro break, routine or natural break. */
  readonly microMs: number;
  /** Sitting since the last routine or natural break. */
  readonly routineMs: number;
  /** Sitting since the last gap, break or pause: the current stretch. */
  readonly stretchMs: number;
  readonly longestStretchMs: number;
  /** All sitting since the engine started, and since local midnight. */
  readonly activeMs: number;
  readonly activeTodayMs: number;
  readonly longestStretchTodayMs: number;
}

export const ZERO_CLOCKS: SittingClocks = {
  microMs: 0,
  routineMs: 0,
  stretchMs: 0,
  longestStretchMs: 0,
  activeMs: 0,
  activeTodayMs: 0,
  longestStretchTodayMs: 0,
};

export function addSitting(clocks: SittingClocks, ms: number): SittingClocks {
  const stretchMs = clocks.stretchMs + ms;
  return {
    microMs: clocks.microMs + ms,
    routineMs: clocks.routineMs + ms,
    stretchMs,
    longestStretchMs: Math.max(clocks.longestStretchMs, stretchMs),
    activeMs: clocks.activeMs + ms,
    activeTodayMs: clocks.activeTodayMs + ms,
    longestStretchTodayMs: Math.max(clocks.longestStretchTodayMs, stretchMs),
  };
}

export const endStretch = (clocks: SittingClocks): SittingClocks => ({ ...clocks, stretchMs: 0 });

/** A routine, or a natural break, resets both break clocks; a micro break only its own. */
export const resetAfterBreak = (clocks: SittingClocks, kind: BreakKind | 'natural'): SittingClocks =>
  kind === 'micro' ? { ...clocks, microMs: 0 } : { ...clocks, microMs: 0, routineMs: 0 };

/** A new local day, starting with the sitting already done since its midnight. */
export const startNewDay = (clocks: SittingClocks, sinceMidnightMs = 0): SittingClocks => ({
  ...clocks,
  activeTodayMs: sinceMidnightMs,
  longestStretchTodayMs: sinceMidnightMs,
});

export const clockFor = (clocks: SittingClocks, kind: BreakKind): number => (kind === 'micro' ? clocks.microMs : clocks.routineMs);
