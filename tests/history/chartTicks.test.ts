import { describe, expect, it } from 'vitest';
import { MINUTE_STEPS, niceTicks } from '../../renderer/src/history/chartTicks';

describe('the history chart’s axis ticks', () => {
  it('steps a breaks axis in whole, readable steps from 0 past the largest count', () => {
    expect(niceTicks(4).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(7).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(13).ticks).toEqual([0, 5, 10, 15]);
    expect(niceTicks(1).ticks).toEqual([0, 1]);
  });

  it('steps a minutes axis in parts of an hour and whole hours', () => {
    expect(niceTicks(90, 4, MINUTE_STEPS).ticks).toEqual([0, 30, 60, 90]);
    expect(niceTicks(100, 4, MINUTE_STEPS).ticks).toEqual([0, 30, 60, 90, 120]);
    expect(niceTicks(40, 4, MINUTE_STEPS).ticks).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(480, 4, MINUTE_STEPS).ticks).toEqual([0, 120, 240, 360, 480]);
    expect(niceTicks(2000, 4, MINUTE_STEPS).ticks).toEqual([0, 720, 1440, 2160]);
  });

  it('never has more than the intervals asked for, and its top is never below the value', () => {
    for (let max = 1; max <= 500; max += 1) {
      for (const { ticks, top, step } of [niceTicks(max), niceTicks(max, 4, MINUTE_STEPS)]) {
      expect(ticks.length - 1).toBeLessThanOrEqual(4);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(Number.isInteger(step)).toBe(true);
      }
    }
  });

  it('gives an axis up to 1 for nothing to show', () => {
    expect(niceTicks(0).ticks).toEqual([0, 1]);
    expect(niceTicks(Number.NaN).ticks).toEqual([0, 1]);
  });
});
