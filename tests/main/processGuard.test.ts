import FakeTimers from '@sinonjs/fake-timers';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduleTimers } from '../../main/adapters/scheduleTimers';
import { DeskTimeService } from '../../main/core/deskTimeService';
import type { Effect } from '../../main/core/engine/effects';
import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { guardProcess, RESYNC_DELAY_MS, RESYNC_MAX_DELAY_MS } from '../../main/platform/processGuard';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

describe('the main process guard', () => {
  let clock: ReturnType<typeof FakeTimers.install>;
  beforeEach(() => {
    clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => clock.uninstall());

  const setup = (resync: () => void = () => undefined) => {
    const process = new EventEmitter();
    const logged: string[] = [];
    const stop = guardProcess(process, { log: (m) => logged.push(m), after: createScheduleTimers().after, resync });
    return { process, logged, stop };
  };

  it('logs an uncaught exception and an unhandled rejection, with the stack', () => {
    const { process, logged } = setup();
    const error = new Error('window gone');
    process.emit('uncaughtException', error);
    process.emit('unhandledRejection', 'refused');
    expect(logged).toEqual([`uncaught exception: ${error.stack ?? ''}`, 'unhandled rejection: refused']);
  });

  it('resyncs the engine once, a moment after a burst of errors', () => {
    let resyncs = 0;
    const { process } = setup(() => resyncs++);
    for (let i = 0; i < 3; i++) process.emit('uncaughtException', new Error(`failure ${i}`));
    clock.tick(RESYNC_DELAY_MS - 1);
    expect(resyncs).toBe(0);
    clock.tick(1);
    expect(resyncs).toBe(1);
    process.emit('unhandledRejection', new Error('later'));
    clock.tick(RESYNC_DELAY_MS);
    expect(resyncs).toBe(2);
  });

  it('tries a failing resync again, later each time, up to once a minute', () => {
    const attemptsAt: number[] = [];
    const { process, logged } = setup(() => {
      attemptsAt.push(clock.now - START);
      if (attemptsAt.length < 9) throw new Error('still failing');
    });
    process.emit('uncaughtException', new Error('first'));
    clock.tick(10 * MINUTE_MS);
    const gaps = attemptsAt.slice(1).map((at, i) => at - (attemptsAt[i] ?? 0));
    expect(gaps).toEqual([2, 4, 8, 16, 32, 60, 60, 60].map((s) => s * SECOND_MS));
    expect(Math.max(...gaps)).toBe(RESYNC_MAX_DELAY_MS);
    expect(logged.filter((m) => m.startsWith('resync after an error failed'))).toHaveLength(8);
  });

  it('stops listening, and drops a pending resync, when stopped', () => {
    let resyncs = 0;
    const { process, stop } = setup(() => resyncs++);
    process.emit('uncaughtException', new Error('x'));
    stop();
    clock.tick(RESYNC_DELAY_MS);
    expect(resyncs).toBe(0);
    expect(process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection')).toBe(0);
  });

  it('keeps the breaks coming after an effect listener throws once', () => {
    let idleSeconds = 0;
    let throwOnce = true;
    const starts: number[] = [];
    const service = new DeskTimeService({
      clock: { now: () => ({ monoMs: clock.now - START, wallMs: clock.now }) },
      idle: { read: () => ({ idleSeconds }) },
      timers: createScheduleTimers(),
      settings: DEFAULT_SETTINGS,
      onEffects: (effects: readonly Effect[]) => {
        if (!effects.some((e) => e.type === 'startBreak')) return;
        starts.push(clock.now - START);
        // A break window that is gone: the first break cannot be shown.
        if (throwOnce) {
          throwOnce = false;
          throw new Error('Object has been destroyed');
        }
      },
    });
    const { process } = setup(() => service.sample());
    service.start();
    // Node hands what a timer callback throws to 'uncaughtException'; the fake clock throws it from tick().
    const tick = (ms: number) => {
      try {
        clock.tick(ms);
      } catch (error) {
        process.emit('uncaughtException', error);
      }
    };
    for (let t = 0; t < 45 * MINUTE_MS; t += SECOND_MS) {
      tick(SECOND_MS);
      // Typing, except while a break is on: it is sat out.
      idleSeconds = service.current.state.name === 'onBreak' ? idleSeconds + 1 : 0;
    }
    expect(starts.length).toBeGreaterThanOrEqual(2);
    service.dispose();
  });
});
