import { describe, expect, it } from 'vitest';
import { EngineDriver, settingsWith } from '../support/engineDriver';

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

describe('found in review', () => {
  it('wakes from a missed resume when the unlock arrives, and counts the typing after it', () => {
    const e = new EngineDriver({ microBreak: { enabled: false }, routineBreak: { enabled: false } });
    e.run(5 * MINUTE);
    e.power('lock');
    e.power('suspend');
    e.skip(3600, { monotonic: false });
    e.power('unlock'); // the resume event never came
    expect(e.state.name).toBe('sitting');
    expect(e.model.ctx.asleep).toBe(false);
    e.run(30 * MINUTE);
    expect(e.activeSeconds).toBe(35 * MINUTE);
  });

  it('comes back from a cancelled shutdown by itself', () => {
    const e = new EngineDriver();
    e.run(5 * MINUTE);
    e.power('shutdown');
    // The fallback timer (ten minutes, standing still in real sleep) finds the machine awake.
    e.run(35 * MINUTE);
    expect(e.state.name).not.toBe('away');
    expect(e.effects('showNotice').length).toBeGreaterThan(0);
  });

  it('drops a snoozed micro break when micro breaks are switched off', () => {
    const e = new EngineDriver({ routineBreak: { enabled: false } });
    e.run(20 * MINUTE);
    e.send({ type: 'respond', response: 'snooze' });
    e.send({ type: 'settings', settings: settingsWith({ microBreak: { enabled: false }, routineBreak: { enabled: false } }) });
    e.run(10 * MINUTE);
    expect(e.effects('startBreak')).toHaveLength(1);
  });

  it('withdraws a notice whose kind was switched off, and offers the break that is now due', () => {
    const e = new EngineDriver();
    e.run(60 * MINUTE + 60 - 10, () => e.state.name !== 'onBreak');
    expect(e.state).toMatchObject({ name: 'notice', kind: 'routine' });
    e.send({ type: 'settings', settings: settingsWith({ routineBreak: { enabled: false } }) });
    expect(e.state).toMatchObject({ name: 'notice', kind: 'micro' });
    e.run(60, () => e.state.name !== 'onBreak');
    const kinds = e.effects('startBreak').map((x) => (x.type === 'startBreak' ? x.options.kind : null));
    expect(kinds.at(-1)).toBe('micro');
  });

  it('refuses a notice as long as a snooze', () => {
    expect(() => settingsWith({ noticeSeconds: 120, snooze: { minutes: 1 } })).toThrow(/noticeSeconds: must be shorter than snooze.minutes/);
  });

  it('gives the finished day all the sitting up to midnight, and the new day the rest', () => {
    const e = new EngineDriver({ microBreak: { enabled: false }, routineBreak: { enabled: false } }, Date.UTC(2026, 2, 2, 23, 0, 0));
    e.run(90 * MINUTE);
    const [day] = e.records('day');
    expect(day).toMatchObject({ type: 'day', dateKey: '2026-03-02', activeSeconds: 60 * MINUTE });
    expect(e.model.ctx.clocks.activeTodayMs / 1000).toBe(30 * MINUTE);
  });

  it('does not count applying settings as input', () => {
    const e = new EngineDriver({ microBreak: { enabled: false }, routineBreak: { enabled: false } });
    e.run(5 * MINUTE);
    e.run(100, false);
    e.send({ type: 'settings', settings: settingsWith({ microBreak: { enabled: false }, routineBreak: { enabled: false }, noticeSeconds: 20 }) });
    e.run(15 * MINUTE, false);
    expect(e.activeSeconds).toBe(5 * MINUTE);
    // The gap still runs from the last real input, not from the moment the settings changed.
    expect(e.model.ctx.lastInputMs).toBe(5 * MINUTE * 1000);
  });
});
