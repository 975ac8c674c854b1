import type { BusyReading } from '../busy';
import type { BreakKind, Settings } from '../settings';
import type { Instant } from '../time';

/** What the operating system reports about input at one moment. */
export interface IdleReading {
  /** Whole seconds since the last keyboard or mouse input, as `powerMonitor.getSystemIdleTime()`. */
  readonly idleSeconds: number;
  /** Whether the screen is locked, where the platform can tell; undefined when it cannot. */
  readonly locked?: boolean | undefined;
}

export type PowerKind = 'suspend' | 'resume' | 'lock' | 'unlock' | 'shutdown';
export type BreakResponse = 'start' | 'snooze' | 'skip';

export type EngineEvent =
  /** A timer fired or something asked for a fresh look: the idle time right now. */
  | { readonly type: 'sample'; readonly at: Instant; readonly reading: IdleReading }
  /** A power or session event, with the idle time read at that moment. */
  | { readonly type: 'power'; readonly at: Instant; readonly kind: PowerKind; readonly reading: IdleReading }
  /** The person answered the notice or the break window. */
  | { readonly type: 'respond'; readonly at: Instant; readonly response: BreakResponse }
  /** The break window finished its routine before the scheduled end. */
  | { readonly type: 'breakFinished'; readonly at: Instant }
  /** "Start posture reset / movement routine now" from the tray. */
  | { readonly type: 'breakNow'; readonly at: Instant; readonly kind: BreakKind }
  | { readonly type: 'pause'; readonly at: Instant; readonly untilWallMs: number | null }
  | { readonly type: 'resume'; readonly at: Instant }
  | { readonly type: 'settings'; readonly at: Instant; readonly settings: Settings }
  /** The answer to a `checkBusy` effect: which of the asked signals say busy now. */
  | { readonly type: 'busy'; readonly at: Instant; readonly reading: BusyReading };
