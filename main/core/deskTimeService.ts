import { systemCalendar, type Calendar } from './calendar';
import type { Effect, WakePlan } from './engine/effects';
import type { BreakResponse, EngineEvent, IdleReading, PowerKind } from './engine/events';
import type { Model } from './engine/state';
import { initialModel, transition } from './engine/transition';
import type { Cancel, Clock, IdleSource, WakeTimers } from './ports';
import type { BreakKind, Settings } from './settings';
import type { Instant } from './time';

export interface DeskTimeServiceOptions {
  readonly clock: Clock;
  readonly idle: IdleSource;
  readonly timers: WakeTimers;
  readonly settings: Settings;
  readonly calendar?: Calendar;
  /** Receives every effect the engine asks for, in order. */
  readonly onEffects: (effects: readonly Effect[]) => void;
}

type EventAt = (at: Instant) => EngineEvent;

/** A reading that could not be taken counts as input just now: breaks then follow the clock. */
const READING_WHEN_UNKNOWN: IdleReading = { idleSeconds: 0 };

/**
 * Runs the engine: feeds it events stamped with both clocks, hands its effects to the adapters
 * and keeps exactly one elapsed timer and one wall-clock alarm for its next wake-up. It decides
 * nothing itself. Events raised while effects are being delivered are queued, not nested.
 */
export class DeskTimeService {
  private model: Model | null = null;
  private wakeTimer: Cancel | null = null;
  private alarm: { atWallMs: number; cancel: Cancel } | null = null;
  private readonly queue: EventAt[] = [];
  private dispatching = false;
  /** Timer callbacks that fired since start: the cost of keeping Breakwise running. */
  wakeups = 0;

  constructor(private readonly options: DeskTimeServiceOptions) {}

  start(): void {
    if (this.model !== null) return;
    const { settings, calendar = systemCalendar, clock, idle } = this.options;
    const begin = (reading: IdleReading): void => {
      if (this.model !== null) return;
      this.model = initialModel(settings, calendar, clock.now(), reading);
      this.sample();
    };
    const reading = idle.read();
    if (reading instanceof Promise) void reading.then(begin, () => begin(READING_WHEN_UNKNOWN));
    else begin(reading);
  }

  dispose(): void {
    this.wakeTimer?.();
    this.alarm?.cancel();
    this.wakeTimer = null;
    this.alarm = null;
    this.model = null;
  }

  get current(): Model {
    if (this.model === null) throw new Error('The desk-time service has not been started.');
    return this.model;
  }

  /** The model once started, or null before (what a reader that may run early should use). */
  get currentOrNull(): Model | null {
    return this.model;
  }

  sample(): void {
    this.withReading((reading) => this.dispatch((at) => ({ type: 'sample', at, reading })));
  }

  power(kind: PowerKind): void {
    this.withReading((reading) => this.dispatch((at) => ({ type: 'power', at, kind, reading })));
  }

  /** Runs `use` with a fresh reading: at once, or when an asynchronous source answers. */
  private withReading(use: (reading: IdleReading) => void): void {
    const reading = this.options.idle.read();
    if (reading instanceof Promise) void reading.then(use, () => use(READING_WHEN_UNKNOWN));
    else use(reading);
  }

  /** A person's request: a fresh sample first, since the click is itself input. Returns why it was refused, if it was. */
  respond(response: BreakResponse): string | null {
    return this.command((at) => ({ type: 'respond', at, response }));
  }
  breakFinished(): string | null {
    return this.command((at) => ({ type: 'breakFinished', at }));
  }
  breakNow(kind: BreakKind): string | null {
    return this.command((at) => ({ type: 'breakNow', at, kind }));
  }
  pause(untilWallMs: number | null): string | null {
    return this.command((at) => ({ type: 'pause', at, untilWallMs }));
  }
  resume(): string | null {
    return this.command((at) => ({ type: 'resume', at }));
  }
  applySettings(settings: Settings): string | null {
    return this.dispatch((at) => ({ type: 'settings', at, settings }));
  }

  private command(event: EventAt): string | null {
    this.sample();
    return this.dispatch(event);
  }

  private dispatch(event: EventAt): string | null {
    if (this.model === null) return 'Breakwise is not running.';
    if (this.dispatching) {
      this.queue.push(event);
      return null;
    }
    this.dispatching = true;
    try {
      let refusal = this.step(event);
      for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) refusal = this.step(next);
      return refusal;
    } finally {
      this.dispatching = false;
    }
  }

  private step(event: EventAt): string | null {
    if (this.model === null) return 'Breakwise is not running.';
    const result = transition(this.model, event(this.options.clock.now()));
    this.model = result.model;
    if (result.effects.length > 0) this.options.onEffects(result.effects);
    const clockChanged = result.effects.some((e) => e.type === 'record' && e.record.type === 'clockJump');
    this.plan(result.wake, clockChanged);
    return result.refusal;
  }

  private plan(wake: WakePlan, clockChanged: boolean): void {
    if (this.model === null) return;
    this.wakeTimer?.();
    this.wakeTimer = wake.afterMs === null ? null : this.options.timers.after(wake.afterMs, () => this.onWake());
    if (this.alarm !== null && (this.alarm.atWallMs !== wake.atWallMs || clockChanged)) {
      this.alarm.cancel();
      this.alarm = null;
    }
    if (this.alarm === null && wake.atWallMs !== null) {
      this.alarm = { atWallMs: wake.atWallMs, cancel: this.options.timers.atWall(wake.atWallMs, () => this.onAlarm()) };
    }
  }

  private onWake(): void {
    this.wakeTimer = null;
    this.wakeups++;
    this.sample();
  }

  private onAlarm(): void {
    this.alarm = null;
    this.wakeups++;
    this.sample();
  }
}
