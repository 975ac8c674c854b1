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
 *        │                       sitting reaches due − notice│  ▲ snooze, skip,     │
 *        │ lock, suspend,                                    ▼  │ gap, hours end    │
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
 * Every waiting state has a way out that needs no user action: `away` ends with the next
 * input (locked and asleep also end with any sign of life, see presence.ts), `notice` and
 * `onBreak` end at their own times, and a timed `paused` ends at its wall-clock time.
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
export interface Paused {
  readonly name: 'paused';
  /** Wall time at which tracking resumes by itself; null pauses until the person resumes. */
  readonly untilWallMs: number | null;
}

export type State = Sitting | Away | Notice | OnBreak | Paused;

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

/** A snoozed break: due again when its clock reaches `dueOnClockMs`. */
export interface PendingBreak {
  readonly kind: BreakKind;
  readonly dueOnClockMs: number;
  readonly snoozes: number;
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
  readonly tray: TrayView | null;
  readonly calendarWindow: CalendarWindow;
}

export interface Model {
  readonly state: State;
  readonly ctx: Context;
}

export const isPresent = (state: State): boolean => state.name === 'sitting' || state.name === 'notice';
