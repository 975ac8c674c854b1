import FakeTimers from '@sinonjs/fake-timers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduleTimers } from '../../main/adapters/scheduleTimers';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

describe('node-schedule timers (fake clock)', () => {
  let clock: ReturnType<typeof FakeTimers.install>;
  beforeEach(() => {
    clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => clock.uninstall());

  it('fires a wall-clock alarm at its wall time', () => {
    const fired: number[] = [];
    createScheduleTimers().atWall(START + 8 * HOUR_MS, () => fired.push(Date.now()));
    clock.tick(8 * HOUR_MS - 1);
    expect(fired).toEqual([]);
    clock.tick(1);
    expect(fired).toEqual([START + 8 * HOUR_MS]);
  });

  it('keeps a wall-clock alarm on the wall clock when the clock is set back', () => {
    const fired: number[] = [];
    createScheduleTimers().atWall(START + HOUR_MS, () => fired.push(Date.now()));
    clock.setSystemTime(START - HOUR_MS);
    clock.tick(HOUR_MS);
    expect(fired).toEqual([]);
    clock.tick(HOUR_MS);
    expect(fired).toEqual([START + HOUR_MS]);
  });

  it('fires an alarm whose time has already passed instead of dropping it', () => {
    let fired = 0;
    createScheduleTimers().atWall(START - MINUTE_MS, () => fired++);
    clock.tick(1);
    expect(fired).toBe(1);
  });

  it('does not delay an elapsed-time wake when the clock is set back an hour', () => {
    let fired = 0;
    createScheduleTimers().after(2 * MINUTE_MS, () => fired++);
    clock.setSystemTime(START - HOUR_MS);
    clock.tick(2 * MINUTE_MS);
    expect(fired).toBe(1);
  });

  it('cancels both kinds', () => {
    let fired = 0;
    const timers = createScheduleTimers();
    timers.after(MINUTE_MS, () => fired++)();
    timers.atWall(START + MINUTE_MS, () => fired++)();
    clock.tick(2 * MINUTE_MS);
    expect(fired).toBe(0);
  });
});
