import type { BusyReason } from '../busy';
import type { BreakKind } from '../settings';

export type TrayStatus = 'active' | 'breakSoon' | 'breakWaiting' | 'onBreak' | 'away' | 'paused' | 'outsideHours';

/** How the tray names what a break waits for (see deferral.ts for which reason falls in which group). */
export type BusyGroup = 'meeting' | 'presentation' | 'fullscreen';

/** A break that fell due while the person was busy, as the tray shows it. */
export interface BreakWaiting {
  readonly group: BusyGroup;
  /** Whole minutes of sitting since the last break (rounded down). */
  readonly sittingMinutes: number;
  /** It has waited `meetings.maxDeferMinutes` or more. */
  readonly overdue: boolean;
}

export interface TrayView {
  readonly status: TrayStatus;
  /** Whole minutes of sitting until the next break (rounded up), or null when none is counting down. */
  readonly minutesToBreak: number | null;
  readonly nextKind: BreakKind | null;
  /** While paused: the wall time tracking resumes by itself, or null until the person resumes. */
  readonly pausedUntilWallMs: number | null;
  /** While a break waits for a meeting, a presentation or full-screen work to end; null otherwise. */
  readonly waiting: BreakWaiting | null;
}

/** A pause as it should outlive a restart: until a wall time, or (null) until the person resumes. */
export interface PauseRecord {
  readonly untilWallMs: number | null;
}

export type BreakOutcome = 'taken' | 'snoozed' | 'skipped' | 'ignored' | 'cancelled';

export type HistoryRecord =
  | { readonly type: 'naturalBreak'; readonly fromWallMs: number; readonly toWallMs: number }
  | {
      readonly type: 'break';
      readonly kind: BreakKind;
      readonly outcome: BreakOutcome;
      readonly prompted: boolean;
      readonly startedWallMs: number;
      readonly endedWallMs: number;
    }
  | { readonly type: 'clockJump'; readonly atWallMs: number; readonly seconds: number }
  | { readonly type: 'checkIn'; readonly atWallMs: number; readonly feeling: 'better' | 'same' | 'worse' }
  | { readonly type: 'hurt'; readonly atWallMs: number; readonly exerciseId: string }
  | { readonly type: 'day'; readonly dateKey: string; readonly activeSeconds: number; readonly longestSittingSeconds: number };

export interface BreakOptions {
  readonly kind: BreakKind;
  readonly canSnooze: boolean;
  readonly canSkip: boolean;
}

export type Effect =
  | { readonly type: 'showNotice'; readonly options: BreakOptions; readonly breakAtWallMs: number }
  | { readonly type: 'hideNotice' }
  | {
      readonly type: 'startBreak';
      readonly options: BreakOptions;
      readonly endsAtWallMs: number;
      readonly durationSeconds: number;
      readonly prompted: boolean;
      /** How much later than without a meeting (or presentation, full screen) it starts; 0 when it did not wait. */
      readonly deferredSeconds: number;
    }
  | { readonly type: 'endBreak'; readonly kind: BreakKind; readonly outcome: BreakOutcome }
  | { readonly type: 'tray'; readonly view: TrayView }
  /** The engine paused (with its end) or stopped pausing (null): what to keep across a restart. */
  | { readonly type: 'pauseChanged'; readonly pause: PauseRecord | null }
  | { readonly type: 'record'; readonly record: HistoryRecord }
  /** Ask the OS whether the person is busy; the answer comes back as a `busy` event. */
  | { readonly type: 'checkBusy'; readonly signals: readonly BusyReason[] }
  /** A break has waited `meetings.maxDeferMinutes`: an OS notification, never a window. */
  | { readonly type: 'breakOverdue'; readonly kind: BreakKind; readonly sittingMinutes: number };

/** When the engine wants to be looked at again; the service turns this into timers. */
export interface WakePlan {
  /** Engine milliseconds from now until the next sample, or null for none. */
  readonly afterMs: number | null;
  /** A wall-clock alarm: working-hours boundary, local midnight, or the end of a timed pause. */
  readonly atWallMs: number | null;
}
