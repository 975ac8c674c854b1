import { describe, expect, it } from 'vitest';
import { EngineDriver } from '../support/engineDriver';

const MINUTE = 60;
const HOUR_MS = 3_600_000;

/** A driver 10 s into a notice for the first micro break (notice 30 s before 20 min). */
const inNotice = (settings = {}) => {
  const e = new EngineDriver({ routineBreak: { enabled: false }, ...settings });
  e.run(20 * MINUTE - 20);
  expect(e.state).toMatchObject({ name: 'notice', kind: 'micro' });
  return e;
};

/** A driver 5 s into the first micro break, which nobody has started. */
const onBreak = () => {
  const e = new EngineDriver({ routineBreak: { enabled: false } });
  e.run(20 * MINUTE + 5, () => e.state.name !== 'onBreak');
  expect(e.state).toMatchObject({ name: 'onBreak', accepted: false });
  return e;
};

const lastRecord = (e: EngineDriver) => e.records('break').at(-1);

describe('every transition of the state machine', () => {
  it('notice → onBreak on "start now", accepted at once', () => {
    const e = inNotice().send({ type: 'respond', response: 'start' });
    expect(e.state).toMatchObject({ name: 'onBreak', kind: 'micro', accepted: true, prompted: true });
    expect(e.effects().slice(-3).map((x) => x.type)).toEqual(['hideNotice', 'startBreak', 'tray']);
  });

  it('notice → sitting on snooze, recorded, with the break back after five more minutes of sitting', () => {
    const e = inNotice().send({ type: 'respond', response: 'snooze' });
    expect(e.state.name).toBe('sitting');
    expect(lastRecord(e)).toMatchObject({ kind: 'micro', outcome: 'snoozed', prompted: true });
    expect(e.model.ctx.snoozed).toMatchObject({ kind: 'micro', snoozes: 1 });
    e.run(5 * MINUTE);
    expect(e.timesOf('startBreak')).toEqual([20 * MINUTE - 20 + 5 * MINUTE]);
  });

  it('notice → sitting on skip, recorded, clock restarted', () => {
    const e = inNotice().send({ type: 'respond', response: 'skip' });
    expect(e.state.name).toBe('sitting');
    expect(lastRecord(e)).toMatchObject({ kind: 'micro', outcome: 'skipped' });
    expect(e.model.ctx.clocks.microMs).toBe(0);
  });

  it('notice → away on lock, withdrawing the notice without prompting', () => {
    const e = inNotice().power('lock');
    expect(e.state).toEqual({ name: 'away', reason: 'locked' });
    expect(e.effects().at(-2)).toEqual({ type: 'hideNotice' });
    expect(e.effects('startBreak')).toEqual([]);
  });

  it('notice → sitting when working hours end during it', () => {
    const e = new EngineDriver({ routineBreak: { enabled: false }, workingHours: { enabled: true } }, Date.UTC(2026, 2, 2, 16, 40, 20));
    e.run(20 * MINUTE - 20);
    expect(e.timesOf('hideNotice')).toEqual([20 * MINUTE - 20]);
    expect(e.state.name).toBe('sitting');
    expect(e.effects('tray').at(-1)).toMatchObject({ view: { status: 'outsideHours' } });
  });

  it('onBreak → away on suspend, the break counted as taken', () => {
    const e = onBreak().power('suspend');
    expect(lastRecord(e)).toMatchObject({ outcome: 'taken' });
    expect(e.state).toEqual({ name: 'away', reason: 'asleep' });
  });

  it('onBreak → paused on pause, the break cancelled', () => {
    const e = onBreak().send({ type: 'pause', untilWallMs: null });
    expect(lastRecord(e)).toMatchObject({ outcome: 'cancelled' });
    expect(e.state).toEqual({ name: 'paused', untilWallMs: null });
  });

  it('onBreak stays on a break when "start" comes late, and runs its full length from then', () => {
    const e = onBreak().send({ type: 'respond', response: 'start' });
    expect(e.state).toMatchObject({ name: 'onBreak', accepted: true });
  });

  it('any state → away on shutdown, closing an open gap as a natural break and the day', () => {
    const e = new EngineDriver();
    e.run(10 * MINUTE);
    e.run(10 * MINUTE, false);
    e.power('shutdown');
    expect(e.records('naturalBreak')).toHaveLength(1);
    expect(e.state).toEqual({ name: 'away', reason: 'asleep' });
  });

  it('a new local day records the finished one', () => {
    const e = new EngineDriver({}, Date.UTC(2026, 2, 2, 23, 0, 0));
    e.run(30 * MINUTE, () => e.state.name !== 'onBreak');
    e.run(2 * HOUR_MS / 1000, false);
    expect(e.records('day')).toEqual([expect.objectContaining({ type: 'day', dateKey: '2026-03-02' })]);
  });

  it.each([
    ['breakNow while paused', (e: EngineDriver) => e.send({ type: 'pause', untilWallMs: null }), { type: 'breakNow', kind: 'micro' }, /paused/],
    ['breakNow during a break', (e: EngineDriver) => e.send({ type: 'breakNow', kind: 'micro' }), { type: 'breakNow', kind: 'routine' }, /already/],
    ['breakFinished with no break', () => undefined, { type: 'breakFinished' }, /No break/],
    ['start with nothing offered', () => undefined, { type: 'respond', response: 'start' }, /no break to start/],
    ['skip with nothing offered', () => undefined, { type: 'respond', response: 'skip' }, /no break to skip/],
    ['resume when not paused', () => undefined, { type: 'resume' }, /not paused/],
  ] as const)('refuses %s and changes nothing', (_name, arrange, request, message) => {
    const e = new EngineDriver();
    e.run(MINUTE);
    arrange(e);
    const before = e.model;
    e.send(request);
    expect(e.refusal).toMatch(message);
    expect(e.model).toBe(before);
  });
});
