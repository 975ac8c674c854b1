/**
 * Meetings, presentations and full-screen work: what the OS can tell about the person being busy,
 * as the engine takes it. The detectors (main/busy/, per OS) answer through `BusySource`; the
 * engine asks only when a break is about to be due and, while one is deferred, at a slow interval.
 */
import type { BusyReason } from './shared/busyReasons';

export { BUSY_REASONS, type BusyReason } from './shared/busyReasons';

export interface BusyReading {
  /** The signals that say "busy" right now. Empty: not busy, as far as the asked signals know. */
  readonly reasons: readonly BusyReason[];
  /** The asked signals this machine could not read (no such service, no permission): never guessed. */
  readonly unknown: readonly BusyReason[];
}

/** Asks the OS about the given signals. Never rejects: a signal that cannot be read is reported as unknown. */
export interface BusySource {
  read(signals: readonly BusyReason[]): Promise<BusyReading>;
}

export const NOT_BUSY: BusyReading = { reasons: [], unknown: [] };

/**
 * A source that answers at once: the simulator's trace, a test. The desk-time service takes
 * either kind, as it does idle sources; a detector is a `BusySource`.
 */
export interface ImmediateBusySource {
  read(signals: readonly BusyReason[]): BusyReading;
}
