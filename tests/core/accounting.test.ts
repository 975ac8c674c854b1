import { describe, expect, it } from 'vitest';
import { RETURN_POLL_MAX_MS } from '../../main/core/engine/presence';
import { LOCKED_POLL_MS } from '../../main/core/engine/wakePlan';
import { EngineDriver } from '../support/engineDriver';

const breaksOff = { microBreak: { enabled: false }, routineBreak: { enabled: false } };
const MINUTE = 60;

describe('desk-time accounting', () => {
  it('counts every second of continuous typing as sitting', () => {
    const e = new EngineDriver(breaksOff);
    e.run(30 * MINUTE);
    expect(e.activeSeconds).toBe(30 * MINUTE);
  });

  it('counts a 90-second pause in typing as sitting', () => {
    const e = new EngineDriver(breaksOff);
    e.run(10 * MINUTE);
    e.run(90, false);
    e.run(10 * MINUTE);
    expect(e.activeSeconds).toBe(20 * MINUTE + 90);
    expect(e.records('naturalBreak')).toEqual([]);
  });

  it('does not count a two-minute gap, in full, from the last input', () => {
    const e = new EngineDriver(breaksOff);
    e.run(10 * MINUTE);
    e.run(3 * MINUTE, false);
    expect(e.state.name).toBe('away');
    e.run(10 * MINUTE);
    // The silent return is dated to the middle of the one-minute window it was found in.
    expect(Math.abs(e.activeSeconds - 20 * MINUTE)).toBeLessThanOrEqual(RETURN_POLL_MAX_MS / 2 / 1000);
    expect(e.activeSeconds).toBeLessThan(20 * MINUTE + 120);
  });

  it('treats a five-minute walk away as a natural break that resets both break clocks', () => {
    const e = new EngineDriver({ microBreak: { everyMinutes: 20 } });
    e.run(15 * MINUTE);
    e.run(6 * MINUTE, false);
    e.run(1);
    expect(e.records('naturalBreak')).toHaveLength(1);
    expect(e.model.ctx.clocks.microMs).toBeLessThan(MINUTE * 1000);
    expect(e.model.ctx.clocks.routineMs).toBeLessThan(MINUTE * 1000);
  });

  it('keeps the break clocks through a three-minute gap, which is neither sitting nor a break', () => {
    const e = new EngineDriver();
    e.run(10 * MINUTE);
    e.run(3 * MINUTE, false);
    e.run(1);
    expect(e.records('naturalBreak')).toEqual([]);
    expect(e.model.ctx.clocks.microMs).toBeGreaterThanOrEqual(10 * MINUTE * 1000);
  });

  it('counts a one-minute lock as sitting, and unlocking as being back', () => {
    const e = new EngineDriver(breaksOff);
    e.run(10 * MINUTE);
    e.power('lock');
    e.skip(MINUTE);
    e.power('unlock');
    expect(e.state.name).toBe('sitting');
    e.run(10 * MINUTE);
    expect(e.activeSeconds).toBe(21 * MINUTE);
  });

  it('records a long lock as a natural break from the last input until unlock, ignoring lock-screen input', () => {
    const e = new EngineDriver(breaksOff);
    e.run(10 * MINUTE);
    e.run(20, false);
    e.power('lock');
    e.skip(5 * MINUTE).input().skip(5 * MINUTE); // someone jiggles the mouse on the lock screen
    e.send({ type: 'sample', reading: e.reading() });
    expect(e.state).toEqual({ name: 'away', reason: 'locked' });
    e.power('unlock');
    const [natural] = e.records('naturalBreak');
    expect(natural).toMatchObject({ type: 'naturalBreak' });
    if (natural?.type !== 'naturalBreak') throw new Error('no natural break');
    expect((natural.toWallMs - natural.fromWallMs) / 1000).toBe(10 * MINUTE + 20);
    expect(e.activeSeconds).toBe(10 * MINUTE);
  });

  it('measures an overnight suspend by the wall clock when the monotonic clock stopped', () => {
    const e = new EngineDriver(breaksOff);
    e.run(30 * MINUTE);
    e.power('suspend');
    e.skip(8 * 60 * MINUTE, { monotonic: false });
    e.power('resume');
    expect(e.records('naturalBreak')).toHaveLength(1);
    expect(e.records('clockJump')).toEqual([]);
    e.run(5 * MINUTE);
    expect(e.activeSeconds).toBe(35 * MINUTE);
  });

  it('wakes up on any sign of life when the resume event never came', () => {
    const e = new EngineDriver(breaksOff);
    e.run(5 * MINUTE);
    e.power('suspend');
    expect(e.wake.afterMs).toBe(LOCKED_POLL_MS); // stands still during sleep; fires if the resume was missed
    e.skip(20 * MINUTE, { monotonic: false }).input();
    e.send({ type: 'sample', reading: e.reading() });
    expect(e.state.name).toBe('sitting');
    expect(e.records('naturalBreak')).toHaveLength(1);
  });

  it('records a clock change and keeps counting sitting by the monotonic clock', () => {
    const e = new EngineDriver(breaksOff);
    e.run(10 * MINUTE);
    e.jumpWallClock(-3600);
    e.run(10 * MINUTE);
    expect(e.records('clockJump')).toEqual([expect.objectContaining({ seconds: -3600 })]);
    expect(e.activeSeconds).toBe(20 * MINUTE);
  });

  it('keeps the longest sitting stretch, ended by a gap', () => {
    const e = new EngineDriver(breaksOff);
    e.run(25 * MINUTE);
    e.run(4 * MINUTE, false);
    e.run(10 * MINUTE);
    expect(e.model.ctx.clocks.longestStretchMs / 1000).toBe(25 * MINUTE);
  });
});
