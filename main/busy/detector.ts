import { BUSY_REASONS, type BusyReading, type BusyReason, type BusySource } from '../core/busy';

/**
 * One OS facility that can tell about some of the busy signals: GNOME's inhibitor list, the
 * notification server's do-not-disturb, `pmset`'s assertions. A detector may throw or hang;
 * `combineDetectors` turns either into "unknown" for the signals it was asked about.
 */
export interface BusyDetector {
  /** Names the facility in diagnostics ("GNOME session inhibitors"). */
  readonly name: string;
  /** The signals it can answer; it is only ever asked about these. */
  readonly signals: readonly BusyReason[];
  read(signals: readonly BusyReason[]): Promise<BusyReading>;
}

/**
 * The longest one detector may take before its signals count as unknown. Each D-Bus call and
 * child process has its own, shorter timeout; this is the backstop for a detector that makes
 * several of them in a row (GNOME's inhibitors: the flag, the list, then each inhibitor).
 */
export const DETECTOR_DEADLINE_MS = 5_000;

export interface CombineOptions {
  readonly deadlineMs?: number;
}

/** A reading limited to the asked signals: what a detector did not answer is unknown. */
export function readingFor(asked: readonly BusyReason[], busy: readonly BusyReason[], unknown: readonly BusyReason[] = []): BusyReading {
  return {
    reasons: asked.filter((signal) => busy.includes(signal)),
    unknown: asked.filter((signal) => unknown.includes(signal) && !busy.includes(signal)),
  };
}

const UNKNOWN = (asked: readonly BusyReason[]): BusyReading => ({ reasons: [], unknown: [...asked] });

function withDeadline<T>(work: () => Promise<T>, deadlineMs: number, name: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} gave no answer within ${deadlineMs} ms`)), deadlineMs);
    // `work` may throw before returning a promise; Promise.resolve().then() turns that into a rejection.
    Promise.resolve()
      .then(work)
      .then(
        (value) => (clearTimeout(timer), resolve(value)),
        (error: unknown) => (clearTimeout(timer), reject(error)),
      );
  });
}

/**
 * One `BusySource` over several detectors: reads only the asked signals, asks each detector in
 * parallel about its share, each within the deadline, and merges the answers. A signal is busy
 * when any detector says so; unknown only when no detector could answer it (GNOME answers
 * "inhibitor" on a machine where KDE's power manager is absent). Never rejects.
 */
export function combineDetectors(detectors: readonly BusyDetector[], options: CombineOptions = {}): BusySource {
  const deadlineMs = options.deadlineMs ?? DETECTOR_DEADLINE_MS;
  return {
    async read(signals) {
      const asked = BUSY_REASONS.filter((signal) => signals.includes(signal));
      const answers = await Promise.all(
        detectors.map(async (detector) => {
          const share = asked.filter((signal) => detector.signals.includes(signal));
          if (share.length === 0) return { share, reading: UNKNOWN(share) };
          try {
            const reading = await withDeadline(() => detector.read(share), deadlineMs, detector.name);
            return { share, reading: readingFor(share, reading.reasons, reading.unknown) };
          } catch {
            return { share, reading: UNKNOWN(share) };
          }
        }),
      );
      const busy = new Set<BusyReason>();
      const answered = new Set<BusyReason>();
      for (const { share, reading } of answers) {
        reading.reasons.forEach((signal) => busy.add(signal));
        share.filter((signal) => !reading.unknown.includes(signal)).forEach((signal) => answered.add(signal));
      }
      return {
        reasons: asked.filter((signal) => busy.has(signal)),
        unknown: asked.filter((signal) => !busy.has(signal) && !answered.has(signal)),
      };
    },
  };
}
