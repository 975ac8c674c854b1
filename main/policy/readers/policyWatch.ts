import { canonicalForm, POLICY_READ_LIMITS } from '../../core/policy/boundedValue';
import type { Cancel } from '../../core/ports';
import type { PolicyReader, RawPolicy } from './rawPolicy';

/**
 * Keeps policy current while the app runs. Group Policy refreshes every 90 minutes and an MDM
 * push lands whenever it lands, so a slow re-read is enough: one small read every five minutes,
 * and the rest of the app hears about policy only when the result actually changed (the
 * problems included: a file that becomes readable again is news too).
 *
 * The interval is the reliable path on every OS. Something quicker (fs.watch on the Linux policy
 * directories, a registry change notification) can call `refresh()` to read at once.
 *
 * "Changed" compares bounded canonical forms (boundedValue.ts), not the raw values: a deep
 * comparison of a hostile read — 2^40 values behind shared references, 400,000 levels of nesting
 * — would block the main thread or overflow the stack. The forms use the read limits that the
 * policy itself is held to; past them, a read is refused whole, so what lies beyond cannot change
 * what the app does. Nothing here rejects: a failed read or a failing listener goes to `onError`,
 * and the interval carries on.
 */
export const POLICY_REREAD_INTERVAL_MS = 5 * 60_000;

export interface PolicyWatchOptions {
  readonly read: PolicyReader;
  /**
   * What the app already applied, read at start-up; only differences from it are reported. Null
   * when nothing was read (the start-up read failed): the first read that succeeds is reported.
   */
  readonly initial: RawPolicy | null;
  readonly after: (delayMs: number, callback: () => void) => Cancel;
  readonly onChange: (raw: RawPolicy) => void;
  /** A read rejected, or `onChange` threw. The policy in force stays; the next read that succeeds is reported even if unchanged. */
  readonly onError?: (error: unknown) => void;
  readonly intervalMs?: number;
}

export interface PolicyWatch {
  /** Reads now (or joins the read already under way) and restarts the interval. Never rejects. */
  refresh(): Promise<void>;
  dispose(): void;
}

/** Two reads with the same form lead to the same policy in force. */
export const policyReadForm = (raw: RawPolicy): string => canonicalForm(raw, POLICY_READ_LIMITS).form;

export function watchPolicy(options: PolicyWatchOptions): PolicyWatch {
  const intervalMs = options.intervalMs ?? POLICY_REREAD_INTERVAL_MS;
  let lastForm = options.initial === null ? null : policyReadForm(options.initial);
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

  const reportError = (error: unknown): void => {
    // After a failure the consumer may have marked the policy as stale: the next good read is news.
    lastForm = null;
    try {
      options.onError?.(error);
    } catch {
      // Nowhere left to report to; the interval still carries on.
    }
  };

  const readAndCompare = async (): Promise<void> => {
    let next: RawPolicy;
    try {
      next = await options.read();
    } catch (error) {
      // Readers turn failures into problems and do not reject; should one do so anyway, keeping
      // the policy in force is safer than reporting an empty one, which would unlock everything.
      if (!disposed) reportError(error);
      return;
    }
    if (disposed) return;
    const form = policyReadForm(next);
    if (form === lastForm) return;
    lastForm = form;
    try {
      options.onChange(next);
    } catch (error) {
      reportError(error);
    }
  };

  function refresh(): Promise<void> {
    if (disposed) return Promise.resolve();
    // One read at a time: a slow disk or registry never stacks reads up behind each other.
    inFlight ??= (async () => {
      cancelTimer?.();
      cancelTimer = undefined;
      try {
        await readAndCompare();
      } catch (error) {
        reportError(error);
      }
      inFlight = undefined;
      try {
        schedule();
      } catch (error) {
        reportError(error);
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
