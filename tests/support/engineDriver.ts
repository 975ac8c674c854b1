import { systemCalendar } from '../../main/core/calendar';
import type { BusyReason } from '../../main/core/busy';
import type { Effect, HistoryRecord, WakePlan } from '../../main/core/engine/effects';
import type { EngineEvent, IdleReading } from '../../main/core/engine/events';
import type { Model } from '../../main/core/engine/state';
import { activeSecondsOf, initialModel, transition } from '../../main/core/engine/transition';
import { parseSettings, type Settings, type SettingsInput } from '../../main/core/settings';
import { MS_PER_SECOND, type Instant } from '../../main/core/time';

type WithoutAt<E> = E extends EngineEvent ? Omit<E, 'at'> : never;

export const settingsWith = (input: SettingsInput = {}): Settings => {
  const result = parseSettings(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.settings;
};

/** A Monday morning, 09:00 UTC. */
export const MONDAY_9AM = Date.UTC(2026, 2, 2, 9, 0, 0);

/**
 * Drives the pure transition function on a hand-held clock: tests say "advance 90 s, the
 * person is idle for 90 s" and read the effects. `person` answers idle readings by time.
 */
export class EngineDriver {
  model: Model;
  wake: WakePlan = { afterMs: 0, atWallMs: null };
  readonly log: { atSeconds: number; effect: Effect }[] = [];
  refusal: string | null = null;
  /**
   * What the OS says when the engine asks whether the person is busy: the reasons now (the
   * engine's asked signals pick from them), answered at once. Null: asks go unanswered.
   */
  busyNow: readonly BusyReason[] | null = [];
  /** The signals of every `checkBusy` the engine asked, in order. */
  readonly busyAsks: { atSeconds: number; signals: readonly BusyReason[] }[] = [];
  private monoMs = 0;
  private wallMs: number;
  private lastInputSeconds = 0;
  private locked = false;

  constructor(settings: SettingsInput = {}, startWallMs = MONDAY_9AM) {
    this.wallMs = startWallMs;
    this.model = initialModel(settingsWith(settings), systemCalendar, this.now(), { idleSeconds: 0 });
    this.send({ type: 'sample', reading: this.reading() });
  }

  get seconds(): number {
    return this.monoMs / MS_PER_SECOND;
  }
  get state(): Model['state'] {
    return this.model.state;
  }
  get activeSeconds(): number {
    return activeSecondsOf(this.model);
  }
  effects(type?: Effect['type']): Effect[] {
    return this.log.map((l) => l.effect).filter((e) => type === undefined || e.type === type);
  }
  records(type?: HistoryRecord['type']): HistoryRecord[] {
    return this.log.flatMap((l) => (l.effect.type === 'record' && (type === undefined || l.effect.record.type === type) ? [l.effect.record] : []));
  }
  timesOf(type: Effect['type']): number[] {
    return this.log.filter((l) => l.effect.type === type).map((l) => l.atSeconds);
  }

  now(): Instant {
    return { monoMs: this.monoMs, wallMs: this.wallMs };
  }

  /** The person's input: they typed at the current moment. */
  input(): this {
    this.lastInputSeconds = this.seconds;
    return this;
  }

  reading(): IdleReading {
    return { idleSeconds: Math.floor(this.seconds - this.lastInputSeconds), locked: this.locked };
  }

  send(event: WithoutAt<EngineEvent>): this {
    const result = transition(this.model, { ...event, at: this.now() } as EngineEvent);
    this.model = result.model;
    this.wake = result.wake;
    this.refusal = result.refusal;
    for (const effect of result.effects) this.log.push({ atSeconds: this.seconds, effect });
    const ask = result.effects.find((effect) => effect.type === 'checkBusy');
    if (ask?.type === 'checkBusy') {
      this.busyAsks.push({ atSeconds: this.seconds, signals: ask.signals });
      const now = this.busyNow;
      if (now !== null) this.busy(now.filter((reason) => ask.signals.includes(reason)));
    }
    return this;
  }

  /** The OS answers that these reasons say busy now (an empty list: not busy). */
  busy(reasons: readonly BusyReason[]): this {
    return this.send({ type: 'busy', reading: { reasons, unknown: [] } });
  }

  power(kind: 'suspend' | 'resume' | 'lock' | 'unlock' | 'shutdown'): this {
    if (kind === 'lock') this.locked = true;
    if (kind === 'unlock') this.locked = false;
    return this.send({ type: 'power', kind, reading: this.reading() });
  }

  /** Time passes with no timers firing (the machine is asleep, or nobody asked). */
  skip(seconds: number, { monotonic = true } = {}): this {
    if (monotonic) this.monoMs += seconds * MS_PER_SECOND;
    this.wallMs += seconds * MS_PER_SECOND;
    return this;
  }

  jumpWallClock(seconds: number): this {
    this.wallMs += seconds * MS_PER_SECOND;
    return this;
  }

  /**
   * Let `seconds` pass, waking exactly when the engine asks to, with the person typing
   * continuously while `typing` is true, then take one more look. Returns the number of wake-ups.
   */
  run(seconds: number, typing: boolean | ((atSeconds: number) => boolean) = true): number {
    const endMs = this.monoMs + seconds * MS_PER_SECOND;
    const isTyping = typeof typing === 'function' ? typing : () => typing;
    let wakeups = 0;
    for (;;) {
      const wallWait = this.wake.atWallMs === null ? Infinity : Math.max(1, this.wake.atWallMs - this.wallMs);
      const wait = Math.min(this.wake.afterMs ?? Infinity, wallWait);
      const step = Math.min(wait, endMs - this.monoMs);
      this.advanceTyping(step, isTyping);
      if (this.monoMs >= endMs && step < wait) {
        this.send({ type: 'sample', reading: this.reading() });
        return wakeups;
      }
      wakeups++;
      this.send({ type: 'sample', reading: this.reading() });
      if (this.monoMs >= endMs) return wakeups;
    }
  }

  private advanceTyping(ms: number, isTyping: (atSeconds: number) => boolean): void {
    // Typing is sampled each second, which is all the resolution idle time has.
    let left = ms;
    while (left > 0) {
      const chunk = Math.min(left, MS_PER_SECOND);
      this.monoMs += chunk;
      this.wallMs += chunk;
      left -= chunk;
      if (isTyping(this.seconds)) this.lastInputSeconds = this.seconds;
    }
  }
}
