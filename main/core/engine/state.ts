import type { BusyReason } from '../busy';
import type { Calendar } from '../calendar';
import type { BreakKind, Settings } from '../settings';
import type { Timebase } from '../timebase';
import type { SittingClocks } from './clocks';
import type { CalendarWindow } from './calendarWindow';
import type { TrayView } from './effects';

/*
 * The desk-time state machine. Times are engine milliseconds (see timebase.ts).
 *
 *                 first input after the gap
 *        ┌──────────────────────────────────────────────┐
 *        │                                              │
 *   ┌────┴────┐  gap reaches pauseAfter, lock, suspend  ┌▼────────┐
 *   │  away   │◀────────────────────────────────────────┤ sitting │◀───────────────┐
 *   └────▲────┘                                          └───┬─────┘                │
 *        │                 sitting reaches due − notice (and │  ▲ snooze, skip,     │
 *        │ lock, suspend,    nobody is busy: see below)      ▼  │ gap, hours end    │
 *        │ gap reaches pauseAfter                       ┌────────┴─┐                │
 *        ├──────────────────────────────────────────────┤  notice  │                │
 *        │                                              └────┬─────┘                │
 *        │                          due time, "start now"    │                      │
 *        │                                                   ▼                      │
 *        │   lock, suspend (break counts as taken)     ┌──────────┐  ends, finished, │
 *        └─────────────────────────────────────────────┤ onBreak  ├──────────────────┘
 *                                                      └──────────┘  snooze, skip
 *
 *   any state ── pause ──▶ paused ── resume, or the pause's end time ──▶ sitting
 *
 * Meetings, presentations, full screen (`meetings.defer` on and some signal chosen): the step
 * from sitting to notice asks the OS first, and a break that falls due while busy waits.
 *
 *   sitting ── due − notice ──▶ checkingBusy ── not busy, or no answer in 10 s ──▶ notice
 *                                   │    ▲                                   (or onBreak)
 *                             busy  │    │ not busy, or no answer in 10 s:
 *                                   ▼    │ after grace − notice
 *                               ┌──────────┐
 *                               │ deferred │──┐ still busy: asked again every 60 s; after
 *                               └──────────┘◀─┘ maxDeferMinutes one breakOverdue (an OS
 *                                               notification), never while presenting or
 *                                               sharing the screen
 *
 * Both are present states, left like sitting: gap, lock, suspend → away (a natural break then
 * clears the waiting break); pause → paused; "break now" → onBreak; the break no
 * longer due (settings, working hours end) → sitting.
 *
 * Every waiting state has a way out that needs no user action: `away` ends with the next
 * input (locked and asleep also end with any sign of life, see presence.ts), `notice` and
 * `onBreak` end at their own times, a timed `paused` ends at its wall-clock time,
 * `checkingBusy` at its answer or its timeout, and `deferred` when an answer — or its absence —
 * says the person is no longer busy.
 */

export type AwayReason = 'idle' | 'locked' | 'asleep';

export interface Sitting {
  readonly name: 'sitting';
}
export interface Away {
  readonly name: 'away';
  readonly reason: AwayReason;
}
export interface Notice {
  readonly name: 'notice';
  readonly kind: BreakKind;
  readonly breakAtMs: number;
}
export interface OnBreak {
  readonly name: 'onBreak';
  readonly kind: BreakKind;
  readonly startedAtMs: number;
  readonly endsAtMs: number;
  /** The person started it (or asked for it); an unanswered break is "ignored" if they kept typing. */
  readonly accepted: boolean;
  /** True when it came from the schedule, false when the person asked for it from the tray. */
  readonly prompted: boolean;
}
/** The break is about to be due (its notice would show now): waiting for the OS to say whether the person is busy. */
export interface CheckingBusy {
  readonly name: 'checkingBusy';
  readonly askedAtMs: number;
}
/** A due break waits while the person is busy: no notice, no window, no sound. */
export interface Deferred {
  readonly name: 'deferred';
  /** What the latest answer said busy; empty once it said not busy. */
  readonly reasons: readonly BusyReason[];
  /** When the engine last asked, and whether that ask has its answer. */
  readonly askedAtMs: number;
  readonly answered: boolean;
  /** When an answer (or its absence) said the person is no longer busy: the grace runs from here. */
  readonly freeAtMs: number | null;
}
export interface Paused {
  readonly name: 'paused';
  /** Wall time at which tracking resumes by itself; null pauses until the person resumes. */
  readonly untilWallMs: number | null;
}

export type State = Sitting | Away | Notice | CheckingBusy | Deferred | OnBreak | Paused;

export const sitting = (): Sitting => ({ name: 'sitting' });
export const away = (reason: AwayReason): Away => ({ name: 'away', reason });
export const notice = (kind: BreakKind, breakAtMs: number): Notice => ({ name: 'notice', kind, breakAtMs });
export const onBreak = (kind: BreakKind, startedAtMs: number, durationMs: number, accepted: boolean, prompted: boolean): OnBreak => ({
  name: 'onBreak',
  kind,
  startedAtMs,
  endsAtMs: startedAtMs + durationMs,
  accepted,
  prompted,
});
export const paused = (untilWallMs: number | null): Paused => ({ name: 'paused', untilWallMs });
export const checkingBusy = (askedAtMs: number): CheckingBusy => ({ name: 'checkingBusy', askedAtMs });
export const deferred = (reasons: readonly BusyReason[], askedAtMs: number): Deferred => ({ name: 'deferred', reasons, askedAtMs, answered: true, freeAtMs: null });

/** A snoozed break: due again when its clock reaches `dueOnClockMs`. */
export interface PendingBreak {
  readonly kind: BreakKind;
  readonly dueOnClockMs: number;
  readonly snoozes: number;
}

/** A break held back while the person is busy, across short gaps: from when, and whether it was called overdue. */
export interface Deferral {
  /** When the break's notice would have shown. */
  readonly sinceMs: number;
  readonly overdueNotified: boolean;
}

/** What is true regardless of the state. */
export interface Context {
  readonly settings: Settings;
  readonly calendar: Calendar;
  readonly time: Timebase;
  /** Engine time of the last input the engine has accepted (a break's end and a resume count as one). */
  readonly lastInputMs: number;
  /**
   * Engine time of the latest real input a reading showed. Unlike `lastInputMs` it never moves
   * for a break's end, an unlock or a resume: only this proves someone is there to prompt.
   */
  readonly lastSeenInputMs: number;
  /** Engine time of the latest reading that showed no input after `lastInputMs`. */
  readonly quietUntilMs: number;
  readonly clocks: SittingClocks;
  readonly locked: boolean;
  readonly asleep: boolean;
  readonly snoozed: PendingBreak | null;
  /** Snoozes used on the break currently offered (carried from notice into the break). */
  readonly snoozesUsed: number;
  /** The break waiting for a meeting to end, until it is offered, or a natural break or pause clears it. */
  readonly deferral: Deferral | null;
  readonly tray: TrayView | null;
  readonly calendarWindow: CalendarWindow;
}

export interface Model {
  readonly state: State;
  readonly ctx: Context;
}

export const isPresent = (state: State): boolean =>
  state.name === 'sitting' || state.name === 'notice' || state.name === 'checkingBusy' || state.name === 'deferred';
