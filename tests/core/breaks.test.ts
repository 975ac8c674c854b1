import { describe, expect, it } from 'vitest';
import { EngineDriver } from '../support/engineDriver';

const MINUTE = 60;
const kindsOf = (e: EngineDriver, type: 'startBreak' | 'showNotice') =>
  e.effects(type).map((x) => (x.type === type ? x.options.kind : null));
const outcomes = (e: EngineDriver) => e.records('break').map((r) => (r.type === 'break' ? `${r.kind}:${r.outcome}` : ''));

describe('breaks', () => {
  it('shows a notice 30 s before a micro break after 20 minutes of sitting, then prompts it', () => {
    const e = new EngineDriver();
    e.run(21 * MINUTE);
    expect(e.timesOf('showNotice')).toEqual([20 * MINUTE - 30]);
    expect(e.timesOf('startBreak')).toEqual([20 * MINUTE]);
    expect(kindsOf(e, 'startBreak')).toEqual(['micro']);
  });

  it('does not count time in a break as sitting', () => {
    const e = new EngineDriver({ routineBreak: { enabled: false } });
    e.run(20 * MINUTE);
    e.send({ type: 'respond', response: 'start' });
    e.run(30, false);
    expect(e.state.name).toBe('sitting');
    expect(e.activeSeconds).toBe(20 * MINUTE);
    expect(outcomes(e)).toEqual(['micro:taken']);
  });

  it('lets the routine win when both fall due at 60 minutes, and resets the micro clock with it', () => {
    const e = new EngineDriver();
    e.run(3 * 60 * MINUTE, () => e.state.name !== 'onBreak'); // steps away for every break
    expect(kindsOf(e, 'startBreak').slice(0, 4)).toEqual(['micro', 'micro', 'routine', 'micro']);
    const routineAt = e.timesOf('startBreak')[2] ?? 0;
    // 60 min of sitting plus the two 30-second micro breaks before it.
    expect(routineAt).toBe(60 * MINUTE + 60);
    expect(e.timesOf('startBreak')[3]).toBe(routineAt + 180 + 20 * MINUTE);
  });

  it('brings a snoozed break back after 5 more minutes of sitting, at most twice', () => {
    const e = new EngineDriver({ routineBreak: { enabled: false } });
    e.run(20 * MINUTE);
    expect(e.effects('startBreak').at(-1)).toMatchObject({ options: { canSnooze: true } });
    e.send({ type: 'respond', response: 'snooze' });
    e.run(5 * MINUTE);
    e.send({ type: 'respond', response: 'snooze' });
    e.run(5 * MINUTE);
    expect(e.timesOf('startBreak')).toEqual([20 * MINUTE, 25 * MINUTE, 30 * MINUTE]);
    expect(e.effects('startBreak').at(-1)).toMatchObject({ options: { canSnooze: false } });
    e.send({ type: 'respond', response: 'snooze' });
    expect(e.refusal).toMatch(/cannot be snoozed/);
    expect(outcomes(e)).toEqual(['micro:snoozed', 'micro:snoozed']);
  });

  it('restarts the clock of a skipped break', () => {
    const e = new EngineDriver({ routineBreak: { enabled: false } });
    e.run(20 * MINUTE);
    e.send({ type: 'respond', response: 'skip' });
    e.run(20 * MINUTE + 1);
    expect(e.timesOf('startBreak')).toEqual([20 * MINUTE, 40 * MINUTE]);
    expect(outcomes(e)[0]).toBe('micro:skipped');
  });

  it('refuses skip and snooze in strict mode and changes nothing', () => {
    const e = new EngineDriver({ strict: true });
    e.run(20 * MINUTE);
    const before = e.model;
    expect(e.effects('startBreak').at(-1)).toMatchObject({ options: { canSnooze: false, canSkip: false } });
    e.send({ type: 'respond', response: 'skip' });
    expect(e.refusal).toMatch(/Strict mode/);
    e.send({ type: 'respond', response: 'snooze' });
    expect(e.refusal).toMatch(/cannot be snoozed/);
    expect(e.model).toBe(before);
  });

  it('records an unanswered break as ignored when the person typed through it', () => {
    const e = new EngineDriver({ routineBreak: { enabled: false } });
    e.run(21 * MINUTE);
    expect(outcomes(e)).toEqual(['micro:ignored']);
    e.run(20 * MINUTE);
    expect(e.timesOf('startBreak')).toEqual([20 * MINUTE, 40 * MINUTE + 30]);
  });

  it('records an unanswered break as taken when the person stepped away for it', () => {
    const e = new EngineDriver({ routineBreak: { enabled: false } });
    e.run(20 * MINUTE);
    e.run(40, false);
    expect(outcomes(e)).toEqual(['micro:taken']);
  });

  it('withdraws the notice without a prompt when the person walks away during it', () => {
    const e = new EngineDriver({ noticeSeconds: 60, idle: { pauseAfterSeconds: 30 } });
    e.run(19 * MINUTE);
    expect(e.timesOf('showNotice')).toEqual([19 * MINUTE]);
    e.run(2 * MINUTE, false);
    expect(e.timesOf('hideNotice')).toEqual([19 * MINUTE + 30]);
    expect(e.effects('startBreak')).toEqual([]);
  });

  it('starts a break at once from the tray, and counts it as taken when the player finishes', () => {
    const e = new EngineDriver();
    e.run(5 * MINUTE);
    e.send({ type: 'breakNow', kind: 'routine' });
    expect(e.state).toMatchObject({ name: 'onBreak', kind: 'routine', accepted: true, prompted: false });
    e.skip(60);
    e.send({ type: 'breakFinished' });
    expect(outcomes(e)).toEqual(['routine:taken']);
    expect(e.model.ctx.clocks.microMs).toBe(0);
  });

  it('ends a break as taken when the screen is locked during it', () => {
    const e = new EngineDriver();
    e.run(20 * MINUTE);
    e.skip(10).power('lock');
    expect(outcomes(e)).toEqual(['micro:taken']);
    expect(e.state).toEqual({ name: 'away', reason: 'locked' });
  });
});

describe('pause, settings and working hours', () => {
  it('stops tracking and every timer while paused, and resumes by itself at the end of a timed pause', () => {
    const e = new EngineDriver();
    e.run(10 * MINUTE);
    const until = e.now().wallMs + 30 * MINUTE * 1000;
    e.send({ type: 'pause', untilWallMs: until });
    expect(e.wake).toEqual({ afterMs: null, atWallMs: until });
    expect(e.run(30 * MINUTE)).toBe(1);
    expect(e.state.name).toBe('sitting');
    e.run(9 * MINUTE);
    expect(e.activeSeconds).toBe(19 * MINUTE);
    expect(e.effects('startBreak')).toHaveLength(0);
  });

  it('pauses until told to resume, with no timer at all', () => {
    const e = new EngineDriver();
    e.send({ type: 'pause', untilWallMs: null });
    expect(e.wake).toEqual({ afterMs: null, atWallMs: null });
    e.send({ type: 'resume' });
    expect(e.state.name).toBe('sitting');
    e.send({ type: 'resume' });
    expect(e.refusal).toMatch(/not paused/);
  });

  it('owns the pause: says when it starts, changes and ends (by itself too), and shows its end in the tray view', () => {
    const e = new EngineDriver();
    e.run(MINUTE);
    const until = e.now().wallMs + 30 * MINUTE * 1000;
    e.send({ type: 'pause', untilWallMs: null });
    e.send({ type: 'pause', untilWallMs: until });
    e.send({ type: 'pause', untilWallMs: until });
    expect(e.model.ctx.tray).toMatchObject({ status: 'paused', pausedUntilWallMs: until });
    e.run(31 * MINUTE);
    expect(e.state.name).toBe('sitting');
    expect(e.effects('pauseChanged')).toEqual([
      { type: 'pauseChanged', pause: { untilWallMs: null } },
      { type: 'pauseChanged', pause: { untilWallMs: until } },
      { type: 'pauseChanged', pause: null },
    ]);
    expect(e.model.ctx.tray).toMatchObject({ status: 'active', pausedUntilWallMs: null });
  });

  it('says nothing about the pause when a resume is refused', () => {
    const e = new EngineDriver();
    e.send({ type: 'resume' });
    expect(e.refusal).toMatch(/not paused/);
    expect(e.effects('pauseChanged')).toEqual([]);
  });

  it('applies new settings at once without resetting the sitting clock', () => {
    const e = new EngineDriver();
    e.run(15 * MINUTE);
    e.send({ type: 'settings', settings: { ...e.model.ctx.settings, microBreak: { enabled: true, everyMinutes: 16, durationSeconds: 30 } } });
    expect(e.model.ctx.clocks.microMs).toBe(15 * MINUTE * 1000);
    e.run(2 * MINUTE);
    expect(e.timesOf('startBreak')).toEqual([16 * MINUTE]);
  });
});
