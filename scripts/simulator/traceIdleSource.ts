import type { IdleReading } from '../../main/core/engine/events';
import type { IdleSource } from '../../main/core/ports';
import { MS_PER_SECOND } from '../../main/core/time';
import type { TraceEvent } from './trace';

interface Span {
  readonly line: number;
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * Answers `getSystemIdleTime()` from a trace: whole seconds since the latest input the
 * replay has reached. "start" counts as an input. The replay marks each event as it reaches
 * it, so a timer firing at the same instant as a trace event sees the world just before it.
 * Input inside a break the simulated person accepted is dropped: they were away from the keyboard.
 */
export class TraceIdleSource implements IdleSource {
  private readonly inputs: Span[];
  private readonly breaks: { fromMs: number; toMs: number }[] = [];
  private reachedLine = 0;
  private locked = false;

  constructor(
    events: readonly TraceEvent[],
    private readonly trueNow: () => number,
  ) {
    this.inputs = events
      .filter((e) => e.event === 'start' || e.event === 'input' || e.event === 'active')
      .map((e) => ({ line: e.line, fromMs: e.trueMs, toMs: e.event === 'active' ? e.toTrueMs : e.trueMs }));
  }

  /** The line of the latest event the replay has reached. */
  get reached(): number {
    return this.reachedLine;
  }

  /** The replay has reached this event. */
  reach(event: TraceEvent): void {
    this.reachedLine = event.line;
    if (event.event === 'lock' || event.event === 'unlock') this.locked = event.event === 'lock';
  }

  /** The simulated person is away from the keyboard for this break. */
  suppressInput(fromMs: number, toMs: number): void {
    this.breaks.push({ fromMs, toMs });
  }

  read(): IdleReading {
    const now = this.trueNow();
    return { idleSeconds: Math.floor((now - this.lastInputAt(now)) / MS_PER_SECOND), locked: this.locked };
  }

  private lastInputAt(now: number): number {
    let candidate = now;
    for (let index = this.latestReached(); index >= 0; index--) {
      const span = this.inputs[index];
      if (span === undefined) break;
      candidate = Math.min(span.toMs, candidate);
      if (candidate < span.fromMs) continue;
      const inBreak = this.breaks.find((b) => b.fromMs < candidate && candidate <= b.toMs);
      if (inBreak === undefined) return candidate;
      candidate = inBreak.fromMs;
      if (candidate >= span.fromMs) return candidate;
    }
    return this.inputs[0]?.fromMs ?? now;
  }

  /** Index of the last input span the replay has reached (spans are in line order). */
  private latestReached(): number {
    let low = 0;
    let high = this.inputs.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.inputs[mid]?.line ?? Infinity) <= this.reachedLine) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }
}
