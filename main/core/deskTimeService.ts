import { NOT_BUSY, type BusyReading, type BusyReason, type BusySource, type ImmediateBusySource } from './busy';
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
  /**
   * Answers the engine's `checkBusy` (meetings, presentations, full screen). None: nobody is ever
   * busy, and breaks come as they always did.
   */
  readonly busy?: BusySource | ImmediateBusySource | undefined;
  /** Receives every effect the engine asks for, in order. */
  readonly onEffects: (effects: readonly Effect[]) => void;
}

type EventAt = (at: Instant) => EngineEvent;

/** Why a command was refused, or null when the engine took it. */
export type Refusal = string | null;

/**
 * What a command answers: at once when the engine could take it at once, or once it has (the
 * engine is still starting, or the idle source answers asynchronously).
 */
export type CommandAnswer = Refusal | Promise<Refusal>;

/** A busy source that fails is as good as none: every asked signal unknown, none busy. */
const unknownOf = (signals: readonly BusyReason[]): BusyReading => ({ reasons: [], unknown: [...signals] });

/** A reading that could not be taken counts as input just now: breaks then follow the clock. */
const READING_WHEN_UNKNOWN: IdleReading = { idleSeconds: 0 };

const NOT_RUNNING = 'Breakwise is not running.';

/** One piece of work for the engine: with a fresh reading, a given one, or none. */
interface Job {
  readonly reading: 'fresh' | 'none' | IdleReading;
  readonly run: (reading: IdleReading) => Refusal;
  readonly finish: (refusal: Refusal) => void;
}

/**
 * Runs the engine: feeds it events stamped with both clocks, hands its effects to the adapters
 * and keeps exactly one elapsed timer and one wall-clock alarm for its next wake-up. It decides
 * nothing itself.
 *
 * Everything reaches the engine through one queue, in the order it was asked for: a sample
 * (timer, power event) waits for its reading, a person's command waits for the fresh sample it
 * starts with (the click is itself input), and whatever arrives before the engine has started —
 * a saved pause, `--pause` at the first launch — waits for the start. With a synchronous idle
 * source (Electron's powerMonitor) all of this happens at once; with an asynchronous one (GNOME's
 * IdleMonitor over D-Bus) the queue holds the rest while a reading is on its way. Work raised
 * while effects are being delivered is queued too, not nested.
 *
 * A `checkBusy` effect is carried out here: the busy source is asked, and its answer joins the
 * same queue as a `busy` event when it comes. The queue does not wait for it — a lock or a click
 * meanwhile goes first — and while one answer is on its way another ask is not sent (the engine
 * counts a missing answer as "not busy" after a while, so a hung detector holds nothing back).
 */
export class DeskTimeService {
  private model: Model | null = null;
  private starting = false;
  private disposed = false;
  private wakeTimer: Cancel | null = null;
  private alarm: { atWallMs: number; cancel: Cancel } | null = null;
  private readonly jobs: Job[] = [];
  private draining = false;
  private readingOnItsWay = false;
  private busyAnswerOnItsWay = false;
  /** Timer callbacks that fired since start: the cost of keeping Breakwise running. */
  wakeups = 0;

  constructor(private readonly options: DeskTimeServiceOptions) {}

  start(): void {
    if (this.starting || this.disposed) return;
    this.starting = true;
    const { settings, calendar = systemCalendar, clock, idle } = this.options;
    const begin = (reading: IdleReading): void => {
      if (this.disposed) return;
      this.model = initialModel(settings, calendar, clock.now(), reading);
      // The first sample uses the start's own reading and goes before anything that waited.
      this.jobs.unshift({ reading, run: (r) => this.step((at) => ({ type: 'sample', at, reading: r })), finish: () => undefined });
      this.drain();
    };
    const reading = idle.read();
    if (reading instanceof Promise) void reading.then(begin, () => begin(READING_WHEN_UNKNOWN));
    else begin(reading);
  }

  dispose(): void {
    this.disposed = true;
    this.wakeTimer?.();
    this.alarm?.cancel();
    this.wakeTimer = null;
    this.alarm = null;
    this.model = null;
    this.jobs.splice(0).forEach((job) => job.finish(NOT_RUNNING));
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
    void this.submit('fresh', (reading) => this.step((at) => ({ type: 'sample', at, reading })));
  }

  power(kind: PowerKind): void {
    void this.submit('fresh', (reading) => this.step((at) => ({ type: 'power', at, kind, reading })));
  }

  /** A person's request: a fresh sample first, since the click is itself input. Answers why it was refused, if it was. */
  respond(response: BreakResponse): CommandAnswer {
    return this.command((at) => ({ type: 'respond', at, response }));
  }
  breakFinished(): CommandAnswer {
    return this.command((at) => ({ type: 'breakFinished', at }));
  }
  breakNow(kind: BreakKind): CommandAnswer {
    return this.command((at) => ({ type: 'breakNow', at, kind }));
  }
  pause(untilWallMs: number | null): CommandAnswer {
    return this.command((at) => ({ type: 'pause', at, untilWallMs }));
  }
  resume(): CommandAnswer {
    return this.command((at) => ({ type: 'resume', at }));
  }
  /** Not input, so no sample; in its turn behind whatever is already waiting. */
  applySettings(settings: Settings): CommandAnswer {
    return this.submit('none', () => this.step((at) => ({ type: 'settings', at, settings })));
  }

  private command(event: EventAt): CommandAnswer {
    return this.submit('fresh', (reading) => {
      this.step((at) => ({ type: 'sample', at, reading }));
      return this.step(event);
    });
  }

  /** Queue `run`; answer at once if it could run at once, or with a promise of its answer. */
  private submit(reading: Job['reading'], run: Job['run']): CommandAnswer {
    if (this.disposed) return NOT_RUNNING;
    let answer: { refusal: Refusal } | null = null;
    let resolve: ((refusal: Refusal) => void) | null = null;
    this.jobs.push({
      reading,
      run,
      finish: (refusal) => {
        answer = { refusal };
        resolve?.(refusal);
      },
    });
    this.drain();
    const done = answer as { refusal: Refusal } | null;
    return done !== null ? done.refusal : new Promise<Refusal>((r) => (resolve = r));
  }

  /** Run the queue in order until it is empty or waits for a reading. `arrived` is the reading the head waited for. */
  private drain(arrived: IdleReading | null = null): void {
    if (this.draining || this.model === null || (this.readingOnItsWay && arrived === null)) return;
    this.draining = true;
    let failure: { error: unknown } | null = null;
    try {
      let reading = arrived;
      for (let job = this.jobs[0]; job !== undefined && this.model !== null; job = this.jobs[0]) {
        if (job.reading === 'fresh' && reading === null) {
          const read = this.options.idle.read();
          if (read instanceof Promise) {
            this.readingOnItsWay = true;
            void read.then(
              (r) => this.readingArrived(r),
              () => this.readingArrived(READING_WHEN_UNKNOWN),
            );
            break;
          }
          reading = read;
        }
        this.jobs.shift();
        const given = job.reading === 'fresh' ? (reading ?? READING_WHEN_UNKNOWN) : job.reading === 'none' ? READING_WHEN_UNKNOWN : job.reading;
        reading = null;
        try {
          job.finish(job.run(given));
        } catch (error) {
          // The command still gets its answer and the queue keeps moving; the first error is
          // rethrown once the queue is done, for the process's error log.
          job.finish(`failed: ${error instanceof Error ? error.message : String(error)}`);
          failure ??= { error };
        }
      }
    } finally {
      this.draining = false;
    }
    if (failure !== null) throw failure.error;
  }

  private readingArrived(reading: IdleReading): void {
    this.readingOnItsWay = false;
    this.drain(reading);
  }

  private step(event: EventAt): Refusal {
    if (this.model === null) return NOT_RUNNING;
    const result = transition(this.model, event(this.options.clock.now()));
    this.model = result.model;
    // The next wake-up is planned before the effects go out: an adapter that throws while
    // delivering them must not leave the engine without a timer (breaks would stop for good).
    const clockChanged = result.effects.some((e) => e.type === 'record' && e.record.type === 'clockJump');
    this.plan(result.wake, clockChanged);
    for (const effect of result.effects) if (effect.type === 'checkBusy') this.checkBusy(effect.signals);
    if (result.effects.length > 0) this.options.onEffects(result.effects);
    return result.refusal;
  }

  private checkBusy(signals: readonly BusyReason[]): void {
    const source = this.options.busy;
    if (source === undefined) return this.busyAnswered(NOT_BUSY);
    if (this.busyAnswerOnItsWay) return;
    let answer: BusyReading | Promise<BusyReading>;
    try {
      answer = source.read(signals);
    } catch {
      answer = unknownOf(signals);
    }
    if (!(answer instanceof Promise)) return this.busyAnswered(answer);
    this.busyAnswerOnItsWay = true;
    void answer.then(
      (reading) => this.busyAnswered(reading, true),
      () => this.busyAnswered(unknownOf(signals), true),
    );
  }

  /** Not input, so no sample: the answer takes its turn behind whatever is already waiting. */
  private busyAnswered(reading: BusyReading, fromAfar = false): void {
    if (fromAfar) this.busyAnswerOnItsWay = false;
    void this.submit('none', () => this.step((at) => ({ type: 'busy', at, reading })));
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
