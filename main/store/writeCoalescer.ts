import type { Cancel } from '../core/ports';
import type { DelayTimers, Urgency } from './documentTypes';

/** A settings change reaches the disk within this, however many changes follow (a slider drag). */
export const SOON_WRITE_DELAY_MS = 1_000;

/**
 * History counters change every tick; one write per five minutes bounds them to 12 writes an
 * hour, and a crash loses at most five minutes of counts (settings are never that late).
 */
export const LAZY_WRITE_DELAY_MS = 5 * 60_000;

const DELAY_MS: Record<Urgency, number> = { soon: SOON_WRITE_DELAY_MS, lazy: LAZY_WRITE_DELAY_MS };

export interface WriteCoalescer {
  /** Something is unwritten: make sure a write comes within the urgency's delay. */
  request(urgency: Urgency): void;
  /** A write happened (or the store closes): drop the pending one. */
  cancel(): void;
}

/**
 * One pending write at most. The first request opens a window and later requests join it
 * rather than restarting it: a restarting debounce would postpone the write for as long as
 * changes keep coming. Only a 'soon' request shortens a pending 'lazy' window.
 */
export function writeCoalescer(timers: DelayTimers, write: () => void): WriteCoalescer {
  let pending: { readonly urgency: Urgency; readonly cancel: Cancel } | null = null;
  const cancel = (): void => {
    pending?.cancel();
    pending = null;
  };
  return {
    request(urgency) {
      if (pending !== null && (pending.urgency === 'soon' || urgency === 'lazy')) return;
      cancel();
      pending = {
        urgency,
        cancel: timers.after(DELAY_MS[urgency], () => {
          pending = null;
          write();
        }),
      };
    },
    cancel,
  };
}
