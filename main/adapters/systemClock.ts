import type { Clock } from '../core/ports';

/**
 * Both clocks of the running machine: `performance.now()` is monotonic, `Date.now()` is the
 * wall clock. The global `performance` is used (not node:perf_hooks) so fake timers can drive it.
 */
export const systemClock: Clock = {
  now: () => ({ monoMs: performance.now(), wallMs: Date.now() }),
};
