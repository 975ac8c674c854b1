import { describe, expect, it } from 'vitest';
import { advanceTimebase, startTimebase } from '../../main/core/timebase';

const start = startTimebase({ monoMs: 1_000, wallMs: 1_700_000_000_000 });

describe('engine time', () => {
  it('follows the monotonic clock while awake and reports a wall-clock change', () => {
    const { timebase, jumpSeconds } = advanceTimebase(start, { monoMs: 61_000, wallMs: 1_700_000_000_000 + 60_000 - 3_600_000 }, false);
    expect(timebase.engineMs).toBe(60_000);
    expect(jumpSeconds).toBe(-3600);
  });

  it('ignores drift within tolerance', () => {
    expect(advanceTimebase(start, { monoMs: 61_000, wallMs: 1_700_000_061_500 }, false).jumpSeconds).toBeNull();
  });

  it('takes the wall clock across a suspend during which the monotonic clock stopped', () => {
    const { timebase, jumpSeconds } = advanceTimebase(start, { monoMs: 2_000, wallMs: 1_700_000_000_000 + 3_600_000 }, true);
    expect(timebase.engineMs).toBe(3_600_000);
    expect(jumpSeconds).toBeNull();
  });

  it('never goes backwards', () => {
    expect(advanceTimebase(start, { monoMs: 0, wallMs: 0 }, true).timebase.engineMs).toBe(0);
  });
});
