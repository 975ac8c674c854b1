import type { IdleReading } from '../core/engine/events';
import type { IdleSource } from '../core/ports';
import { MS_PER_SECOND } from '../core/time';
import type { TraceEvent } from './trace';

interface Span {
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * Answers `getSystemIdleTime()` from a trace: whole seconds since the latest input at or before
 * the current true time. "start" counts as an input. Input inside a window the simulated person
 * spent on a break they accepted is dropped, as they were away from the keyboard.
 */
export class TraceIdleSource implements IdleSource {
  private readonly inputs: Span[];
  private readonly lockSpans: Span[] = [];
  private readonly breaks: Span[] = [];

  constructor(
    events: readonly TraceEvent[],
    private readonly trueNow: () => number,
  ) {
    this.inputs = events
      .filter((e) => e.event === 'start' || e.event === 'input' || e.event === 'active')
      .map((e) => ({ fromMs: e.trueMs, toMs: e.event === 'active' ? e.toTrueMs : e.trueMs }));
    let lockedAt: number | null = null;
    for (const e of events) {
      if (e.event === 'lock') lockedAt = e.trueMs;
      if (e.event === 'unlock' && lockedAt !== null) {
        this.lockSpans.push({ fromMs: lockedAt, toMs: e.trueMs });
        lockedAt = null;
      }
    }
    if (lockedAt !== null) this.lockSpans.push({ fromMs: lockedAt, toMs: Infinity });
  }

  /** The simulated person is away from the keyboard for this break. */
  suppressInput(fromMs: number, toMs: number): void {
    this.breaks.push({ fromMs, toMs });
  }

  read(): IdleReading {
    const now = this.trueNow();
    const lastInput = this.lastInputAt(now);
    const locked = this.lockSpans.some((s) => s.fromMs <= now && now < s.toMs);
    return { idleSeconds: Math.floor((now - lastInput) / MS_PER_SECOND), locked };
  }

  private lastInputAt(now: number): number {
    let index = this.latestStartingBy(now);
    let candidate = Infinity;
    for (; index >= 0; index--) {
      const span = this.inputs[index];
      if (span === undefined) break;
      candidate = Math.min(span.toMs, now, candidate);
      if (candidate < span.fromMs) continue;
      const inBreak = this.breaks.find((b) => b.fromMs < candidate && candidate <= b.toMs);
      if (inBreak === undefined) return candidate;
      candidate = inBreak.fromMs;
      if (candidate >= span.fromMs) return candidate;
    }
    return this.inputs[0]?.fromMs ?? now;
  }

  private latestStartingBy(now: number): number {
    let low = 0;
    let high = this.inputs.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.inputs[mid]?.fromMs ?? Infinity) <= now) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }
}
