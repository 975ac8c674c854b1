import FakeTimers from '@sinonjs/fake-timers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduleTimers } from '../../main/adapters/scheduleTimers';
import { DeskTimeService } from '../../main/core/deskTimeService';
import type { Effect } from '../../main/core/engine/effects';
import type { IdleReading } from '../../main/core/engine/events';
import type { IdleSource } from '../../main/core/ports';
import type { SettingsInput } from '../../main/core/settings';
import { settingsWith } from '../support/engineDriver';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

/**
 * Electron's powerMonitor answers at once; GNOME's IdleMonitor answers over D-Bus, a few
 * microtasks later. Every behaviour below must hold for both.
 */
const SOURCES: [string, (read: () => IdleReading) => IdleSource][] = [
  ['a synchronous idle source', (read) => ({ read })],
  ['an asynchronous idle source', (read) => ({ read: () => Promise.resolve().then(read) })],
];

describe.each(SOURCES)('desk-time service on node-schedule timers, with %s', (_name, sourceOf) => {
  let clock: ReturnType<typeof FakeTimers.install>;
  let lastInputMs: number;
  let effects: Effect[];
  const make = (settings: SettingsInput = {}, onEffects: (batch: readonly Effect[]) => void = (batch) => effects.push(...batch)) =>
    new DeskTimeService({
      clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
      idle: sourceOf(() => ({ idleSeconds: Math.floor((clock.now - lastInputMs) / SECOND_MS) })),
      timers: createScheduleTimers(),
      settings: settingsWith(settings),
      onEffects,
    });

  beforeEach(() => {
    clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    lastInputMs = START;
    effects = [];
  });
  afterEach(() => clock.uninstall());

  /** Lets readings that are on their way arrive, without moving the clock. */
  const settle = () => clock.tickAsync(0);
  const typeFor = async (ms: number) => {
    for (let t = 0; t < ms; t += SECOND_MS) {
      await clock.tickAsync(SECOND_MS);
      lastInputMs = clock.now;
    }
  };
  const types = () => effects.map((e) => (e.type === 'record' ? `record:${e.record.type}` : e.type));

  it('prompts the first break after 20 minutes of typing with no help from outside', async () => {
    const service = make();
    service.start();
    await typeFor(20 * MINUTE_MS);
    expect(types()).toContain('showNotice');
    expect(effects.find((e) => e.type === 'startBreak')).toMatchObject({ options: { kind: 'micro' } });
    expect(service.wakeups).toBeLessThanOrEqual(25);
    service.dispose();
  });

  it('queues a response given while effects are delivered instead of nesting it', async () => {
    let service: DeskTimeService | null = null;
    const responder = make({}, (batch) => {
      effects.push(...batch);
      if (batch.some((e) => e.type === 'startBreak')) void service?.respond('skip');
    });
    service = responder;
    responder.start();
    await typeFor(20 * MINUTE_MS + SECOND_MS);
    expect(effects.find((e) => e.type === 'endBreak')).toMatchObject({ outcome: 'skipped' });
    responder.dispose();
  });

  it('takes the fresh sample before the command: "break now" after a long absence first records the return', async () => {
    const service = make();
    service.start();
    await typeFor(MINUTE_MS);
    await clock.tickAsync(10 * MINUTE_MS); // away from the desk
    expect(service.current.state).toEqual({ name: 'away', reason: 'idle' });
    lastInputMs = clock.now; // back, and the click on "break now" is itself input
    await service.breakNow('micro');
    const order = types();
    expect(order.indexOf('record:naturalBreak')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('record:naturalBreak')).toBeLessThan(order.indexOf('startBreak'));
    service.dispose();
  });

  it('keeps commands given before the engine has started, and carries them out in order once it has', async () => {
    const service = make();
    const answers = [service.pause(null), service.resume(), service.breakNow('routine')];
    service.start();
    expect(await Promise.all(answers)).toEqual([null, null, null]);
    expect(types().filter((t) => t === 'pauseChanged' || t === 'startBreak')).toEqual(['pauseChanged', 'pauseChanged', 'startBreak']);
    expect(service.current.state).toMatchObject({ name: 'onBreak', kind: 'routine' });
    service.dispose();
  });

  it('takes a pause handed over while the start is still under way (a saved pause, --pause)', async () => {
    const service = make();
    service.start();
    const until = START + 30 * MINUTE_MS;
    const answer = service.pause(until);
    await settle();
    expect(await answer).toBeNull();
    expect(service.current.state).toEqual({ name: 'paused', untilWallMs: until });
    service.dispose();
  });

  it('answers why a command was refused', async () => {
    const service = make();
    service.start();
    expect(await service.resume()).toBe('Breakwise is not paused.');
    service.dispose();
    expect(await service.resume()).toBe('Breakwise is not running.');
  });

  it('answers commands still waiting at dispose, and runs none of them', async () => {
    const service = make();
    const answer = service.breakNow('micro');
    service.dispose();
    service.start();
    await settle();
    expect(await answer).toBe('Breakwise is not running.');
    expect(effects).toEqual([]);
  });

  it('leaves no timer behind after dispose', async () => {
    const service = make();
    service.start();
    await settle();
    service.dispose();
    expect(clock.countTimers()).toBe(0);
  });

  it('has no timer at all while paused until resumed', async () => {
    const service = make();
    service.start();
    await service.pause(null);
    expect(clock.countTimers()).toBe(0);
    await clock.tickAsync(60 * MINUTE_MS);
    expect(service.wakeups).toBe(0);
    await service.resume();
    expect(clock.countTimers()).toBeGreaterThan(0);
    service.dispose();
  });
});

describe('desk-time service when an adapter throws while effects are delivered', () => {
  it('keeps its next wake-up, so the break after the failed one still comes', () => {
    const clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    try {
      let notices = 0;
      const service = new DeskTimeService({
        clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
        idle: { read: () => ({ idleSeconds: 0 }) },
        timers: createScheduleTimers(),
        settings: settingsWith({ routineBreak: { enabled: false } }),
        onEffects: (batch) => {
          if (!batch.some((e) => e.type === 'showNotice')) return;
          notices++;
          if (notices === 1) throw new Error('the notice window is gone');
        },
      });
      service.start();
      const thrown: unknown[] = [];
      for (let t = 0; t < 45 * MINUTE_MS; t += SECOND_MS) {
        try {
          clock.tick(SECOND_MS);
        } catch (error) {
          thrown.push(error);
        }
      }
      expect(thrown).toHaveLength(1);
      expect(notices).toBeGreaterThanOrEqual(2);
      service.dispose();
    } finally {
      clock.uninstall();
    }
  });
});
