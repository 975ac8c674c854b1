import FakeTimers from '@sinonjs/fake-timers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduleTimers } from '../../main/adapters/scheduleTimers';
import type { BusyReading, BusyReason, BusySource, ImmediateBusySource } from '../../main/core/busy';
import { DeskTimeService } from '../../main/core/deskTimeService';
import type { Effect } from '../../main/core/engine/effects';
import type { SettingsInput } from '../../main/core/settings';
import { settingsWith } from '../support/engineDriver';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const SECOND_MS = 1000;
const MINUTE_MS = 60_000;
const NOTICE_AT_MS = 20 * MINUTE_MS - 30 * SECOND_MS;

/** A detector answers over D-Bus or from a child process, later; the simulator's trace answers at once. */
const SOURCES: [string, (answer: (signals: readonly BusyReason[]) => BusyReading) => BusySource | ImmediateBusySource][] = [
  ['a busy source that answers at once', (answer) => ({ read: answer })],
  ['a busy source that answers later', (answer) => ({ read: (signals) => Promise.resolve().then(() => answer(signals)) })],
];

describe.each(SOURCES)('the desk-time service asks about meetings, with %s', (_name, sourceOf) => {
  let clock: ReturnType<typeof FakeTimers.install>;
  let busyNow: readonly BusyReason[];
  let reads: number[];
  let effects: { atMs: number; effect: Effect }[];

  const make = (settings: SettingsInput = { routineBreak: { enabled: false } }, busy: BusySource | ImmediateBusySource | undefined = source()) =>
    new DeskTimeService({
      clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
      // Typing all along: people type in meetings.
      idle: { read: () => ({ idleSeconds: 0 }) },
      busy,
      timers: createScheduleTimers(),
      settings: settingsWith(settings),
      onEffects: (batch) => effects.push(...batch.map((effect) => ({ atMs: clock.now - START, effect }))),
    });
  const source = () =>
    sourceOf((signals) => {
      reads.push(clock.now - START);
      return { reasons: busyNow.filter((reason) => signals.includes(reason)), unknown: [] };
    });
  const timesOf = (type: Effect['type']) => effects.filter((e) => e.effect.type === type).map((e) => e.atMs);

  beforeEach(() => {
    clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    busyNow = [];
    reads = [];
    effects = [];
  });
  afterEach(() => clock.uninstall());

  it('reads the source only when a break is about to be due, and shows the notice when nobody is busy', async () => {
    const service = make();
    service.start();
    await clock.tickAsync(NOTICE_AT_MS - 1);
    expect(reads).toEqual([]);
    await clock.tickAsync(MINUTE_MS);
    expect(reads).toEqual([NOTICE_AT_MS]);
    expect(timesOf('showNotice')).toEqual([NOTICE_AT_MS]);
    expect(timesOf('startBreak')).toEqual([20 * MINUTE_MS]);
    service.dispose();
  });

  it('holds the break through the meeting, reading once a minute, and brings it after the grace', async () => {
    const service = make();
    service.start();
    busyNow = ['camera'];
    await clock.tickAsync(45 * MINUTE_MS);
    expect(timesOf('showNotice')).toEqual([]);
    expect(reads).toHaveLength(26);
    expect(reads.slice(1).map((t, i) => t - (reads[i] ?? 0))).toEqual(Array.from({ length: 25 }, () => MINUTE_MS));
    expect(service.current.ctx.tray).toMatchObject({ status: 'breakWaiting', waiting: { group: 'meeting' } });
    busyNow = [];
    await clock.tickAsync(3 * MINUTE_MS);
    const seenFreeAt = reads.at(-2) ?? 0;
    expect(timesOf('startBreak')).toEqual([seenFreeAt + MINUTE_MS]);
    service.dispose();
  });

  it('with no source, nobody is ever busy: breaks come as they always did', async () => {
    const service = make({ routineBreak: { enabled: false } }, undefined);
    service.start();
    await clock.tickAsync(21 * MINUTE_MS);
    expect(timesOf('startBreak')).toEqual([20 * MINUTE_MS]);
    service.dispose();
  });

  it('reads nothing and adds no wake-up while no break is due', async () => {
    const withSource = make({ microBreak: { enabled: false }, routineBreak: { enabled: false } });
    withSource.start();
    busyNow = ['camera'];
    await clock.tickAsync(3 * 60 * MINUTE_MS);
    expect(reads).toEqual([]);
    const wakeups = withSource.wakeups;
    withSource.dispose();
    const without = make({ microBreak: { enabled: false }, routineBreak: { enabled: false } }, undefined);
    without.start();
    await clock.tickAsync(3 * 60 * MINUTE_MS);
    expect(without.wakeups).toBe(wakeups);
    without.dispose();
  });
});

describe('the desk-time service and a busy source that misbehaves', () => {
  let clock: ReturnType<typeof FakeTimers.install>;
  beforeEach(() => {
    clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => clock.uninstall());

  const make = (busy: BusySource | ImmediateBusySource, effects: Effect[]) =>
    new DeskTimeService({
      clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
      idle: { read: () => ({ idleSeconds: 0 }) },
      busy,
      timers: createScheduleTimers(),
      settings: settingsWith({ routineBreak: { enabled: false } }),
      onEffects: (batch) => effects.push(...batch),
    });

  it('never waits for good on an answer that does not come, and does not pile up reads', async () => {
    let reads = 0;
    const effects: Effect[] = [];
    const service = make({ read: () => (reads++, new Promise<BusyReading>(() => undefined)) }, effects);
    service.start();
    await clock.tickAsync(21 * MINUTE_MS);
    expect(effects.some((e) => e.type === 'startBreak')).toBe(true);
    await clock.tickAsync(60 * MINUTE_MS);
    expect(reads).toBe(1);
    service.dispose();
  });

  it('takes a source that throws or rejects as "not busy"', async () => {
    for (const busy of [{ read: (): BusyReading => { throw new Error('no D-Bus'); } }, { read: () => Promise.reject(new Error('gone')) }] as (BusySource | ImmediateBusySource)[]) {
      const effects: Effect[] = [];
      const service = make(busy, effects);
      service.start();
      await clock.tickAsync(21 * MINUTE_MS);
      expect(effects.filter((e) => e.type === 'startBreak')).toHaveLength(1);
      service.dispose();
    }
  });

  it('lets a lock that comes while an answer is on its way go first, and then ignores the answer', async () => {
    let answer: (reading: BusyReading) => void = () => undefined;
    const effects: Effect[] = [];
    const service = make({ read: () => new Promise<BusyReading>((resolve) => (answer = resolve)) }, effects);
    service.start();
    await clock.tickAsync(NOTICE_AT_MS);
    expect(service.current.state.name).toBe('checkingBusy');
    service.power('lock');
    expect(service.current.state.name).toBe('away');
    answer({ reasons: ['camera'], unknown: [] });
    await clock.tickAsync(0);
    expect(service.current.state.name).toBe('away');
    expect(effects.some((e) => e.type === 'showNotice')).toBe(false);
    service.dispose();
  });
});
