import { isDeepStrictEqual } from 'node:util';
import type { Cancel } from '../../core/ports';
import type { PolicySource, RawPolicy } from './rawPolicy';

/**
 * Keeps policy current while the app runs. Group Policy refreshes every 90 minutes and an MDM
 * push lands whenever it lands, so a slow re-read is enough: one small read every five minutes,
 * and the rest of the app hears about policy only when the result actually changed (the
 * problems included: a file that becomes readable again is news too).
 *
 * The interval is the reliable path on every OS. Something quicker (fs.watch on the Linux policy
 * directories, a registry change notification) can call `refresh()` to read at once.
 */
export const POLICY_REREAD_INTERVAL_MS = 5 * 60_000;

export interface PolicyWatchOptions {
  readonly read: PolicySource;
  /** What the app already applied, read at start-up; only differences from it are reported. */
  readonly initial: RawPolicy;
  readonly after: (delayMs: number, callback: () => void) => Cancel;
  readonly onChange: (raw: RawPolicy) => void;
  readonly intervalMs?: number;
}

export interface PolicyWatch {
  /** Reads now (or joins the read already under way) and restarts the interval. */
  refresh(): Promise<void>;
  dispose(): void;
}

export function watchPolicy(options: PolicyWatchOptions): PolicyWatch {
  const intervalMs = options.intervalMs ?? POLICY_REREAD_INTERVAL_MS;
  let last = options.initial;
  let cancelTimer: Cancel | undefined;
  let inFlight: Promise<void> | undefined;
  let disposed = false;

  const schedule = (): void => {
    if (disposed) return;
    cancelTimer = options.after(intervalMs, () => {
      cancelTimer = undefined;
      void refresh();
    });
  };

  const readAndCompare = async (): Promise<void> => {
    let next: RawPolicy;
    try {
      next = await options.read();
    } catch {
      // Readers turn failures into problems and do not reject; should one do so anyway, keeping
      // the policy in force is safer than reporting an empty one, which would unlock everything.
      return;
    }
    if (disposed || isDeepStrictEqual(next, last)) return;
    last = next;
    options.onChange(next);
  };

  function refresh(): Promise<void> {
    if (disposed) return Promise.resolve();
    // One read at a time: a slow disk or registry never stacks reads up behind each other.
    inFlight ??= (async () => {
      cancelTimer?.();
      cancelTimer = undefined;
      try {
        await readAndCompare();
      } finally {
        inFlight = undefined;
        schedule();
      }
    })();
    return inFlight;
  }

  schedule();
  return {
    refresh,
    dispose() {
      disposed = true;
      cancelTimer?.();
      cancelTimer = undefined;
    },
  };
}
