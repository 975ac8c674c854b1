import { performance } from 'node:perf_hooks';
import type { Clock } from '../core/ports';

/** Both clocks of the running machine: `performance.now()` is monotonic, `Date.now()` is the wall clock. */
export const systemClock: Clock = {
  now: () => ({ monoMs: performance.now(), wallMs: Date.now() }),
};
