import FakeTimers from '@sinonjs/fake-timers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduleTimers } from '../../main/adapters/scheduleTimers';
import { DeskTimeService } from '../../main/core/deskTimeService';
import type { Effect } from '../../main/core/engine/effects';
import { settingsWith } from '../support/engineDriver';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const MINUTE_MS = 60_000;

describe('desk-time service on node-schedule timers', () => {
  let clock: ReturnType<typeof FakeTimers.install>;
  let lastInputMs: number;
  let effects: Effect[];
  const make = (input = {}) =>
    new DeskTimeService({
      clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
      idle: { read: () => ({ idleSeconds: Math.floor((clock.now - lastInputMs) / 1000) }) },
      timers: createScheduleTimers(),
      settings: settingsWith(input),
      onEffects: (batch) => effects.push(...batch),
    });

  beforeEach(() => {
    clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    lastInputMs = START;
    effects = [];
  });
  afterEach(() => clock.uninstall());

  const typeFor = (ms: number) => {
    for (let t = 0; t < ms; t += 1000) {
      clock.tick(1000);
      lastInputMs = clock.now;
    }
  };

  it('prompts the first break after 20 minutes of typing with no help from outside', () => {
    const service = make();
    service.start();
    typeFor(20 * MINUTE_MS);
    expect(effects.map((e) => e.type)).toContain('showNotice');
    expect(effects.find((e) => e.type === 'startBreak')).toMatchObject({ options: { kind: 'micro' } });
    expect(service.wakeups).toBeLessThanOrEqual(25);
    service.dispose();
  });

  it('queues a response given while effects are delivered instead of nesting it', () => {
    let service: DeskTimeService | null = null;
    const responder = new DeskTimeService({
      clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
      idle: { read: () => ({ idleSeconds: Math.floor((clock.now - lastInputMs) / 1000) }) },
      timers: createScheduleTimers(),
      settings: settingsWith(),
      onEffects: (batch) => {
        effects.push(...batch);
        if (batch.some((e) => e.type === 'startBreak')) service?.respond('skip');
      },
    });
    service = responder;
    responder.start();
    typeFor(20 * MINUTE_MS + 1000);
    expect(effects.find((e) => e.type === 'endBreak')).toMatchObject({ outcome: 'skipped' });
    responder.dispose();
  });

  it('leaves no timer behind after dispose', () => {
    const service = make();
    service.start();
    service.dispose();
    expect(clock.countTimers()).toBe(0);
  });

  it('has no timer at all while paused until resumed', () => {
    const service = make();
    service.start();
    service.pause(null);
    expect(clock.countTimers()).toBe(0);
    clock.tick(60 * MINUTE_MS);
    expect(service.wakeups).toBe(0);
    service.resume();
    expect(clock.countTimers()).toBeGreaterThan(0);
    service.dispose();
  });
});
