import { describe, expect, it } from 'vitest';
import { LOCKED_POLL_MS } from '../../main/core/engine/wakePlan';
import { RETURN_POLL_MAX_MS } from '../../main/core/engine/presence';
import { EngineDriver } from '../support/engineDriver';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

describe('adaptive wake-ups', () => {
  it('wakes about once a minute while the person types (for the tray), never once a second', () => {
    const e = new EngineDriver();
    const wakeups = e.run(HOUR, () => e.state.name !== 'onBreak');
    expect(wakeups).toBeLessThanOrEqual(70);
    expect(wakeups).toBeGreaterThanOrEqual(55);
  });

  it('samples exactly when the current gap could reach the pause threshold', () => {
    const e = new EngineDriver({ microBreak: { enabled: false }, routineBreak: { enabled: false } });
    e.run(10 * MINUTE);
    e.run(45, false);
    // No break is counting down, so the only reason to wake is the gap reaching 120 s.
    expect(e.wake.afterMs).toBe((120 - 45) * 1000);
  });

  it('looks for a return once a minute while away and every ten minutes while locked or asleep (a timer that stands still in sleep)', () => {
    const e = new EngineDriver();
    e.run(5 * MINUTE);
    e.run(3 * MINUTE, false);
    expect(e.wake.afterMs).toBe(RETURN_POLL_MAX_MS);
    e.power('lock');
    expect(e.wake.afterMs).toBe(LOCKED_POLL_MS);
    e.power('suspend');
    expect(e.wake).toEqual({ afterMs: LOCKED_POLL_MS, atWallMs: null });
  });

  it('updates the tray only when its minute changes', () => {
    const e = new EngineDriver({ routineBreak: { enabled: false } });
    e.run(5 * MINUTE + 30);
    const minutes = e.effects('tray').map((t) => (t.type === 'tray' ? t.view.minutesToBreak : null));
    expect(minutes).toEqual([20, 19, 18, 17, 16, 15]);
    expect(e.timesOf('tray')).toEqual([0, 60, 120, 180, 240, 300]);
  });
});
