import { describe, expect, it } from 'vitest';
import { EngineDriver } from '../support/engineDriver';

const MINUTE = 60;

describe('found by the property tests', () => {
  it('does not prompt a person who has not touched anything since their break ended', () => {
    const e = new EngineDriver({ microBreak: { everyMinutes: 2, durationSeconds: 10 }, routineBreak: { enabled: false }, idle: { pauseAfterSeconds: 121, naturalBreakAfterSeconds: 121 }, noticeSeconds: 0 });
    e.run(2 * MINUTE);
    e.send({ type: 'respond', response: 'start' });
    e.run(5 * MINUTE, false);
    expect(e.effects('startBreak')).toHaveLength(1);
  });

  it('does not spin when a break is due but nobody is there', () => {
    const e = new EngineDriver({ microBreak: { everyMinutes: 2 }, noticeSeconds: 30 });
    e.run(100);
    e.power('lock');
    e.skip(30);
    e.power('unlock');
    // Due in under the notice time, but no one has typed since the unlock.
    expect(e.wake.afterMs).toBeGreaterThan(1000);
  });

  it('holds back every break during a snooze, not just the snoozed one', () => {
    const e = new EngineDriver({ microBreak: { everyMinutes: 2 }, routineBreak: { everyMinutes: 2 }, noticeSeconds: 0 });
    e.run(2 * MINUTE);
    expect(e.effects('startBreak')).toHaveLength(1);
    e.send({ type: 'respond', response: 'snooze' });
    e.run(4 * MINUTE);
    // The routine was due as well, but nothing comes until the five-minute snooze is over.
    expect(e.timesOf('startBreak')).toEqual([2 * MINUTE]);
  });

  it('lets the routine take the place of a snoozed micro break when it would follow right after', () => {
    const e = new EngineDriver({ microBreak: { everyMinutes: 20 }, routineBreak: { everyMinutes: 44 } });
    e.run(20 * MINUTE);
    e.send({ type: 'respond', response: 'snooze' });
    e.run(6 * MINUTE);
    const kinds = e.effects('startBreak').map((x) => (x.type === 'startBreak' ? x.options.kind : null));
    // Taking the micro break at 25 minutes would have put the routine 19 minutes of sitting later.
    expect(kinds).toEqual(['micro', 'routine']);
    expect(e.timesOf('startBreak')).toEqual([20 * MINUTE, 25 * MINUTE]);
  });
});
