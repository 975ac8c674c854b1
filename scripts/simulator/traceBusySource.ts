import type { BusyReading, BusyReason, ImmediateBusySource } from '../../main/core/busy';
import type { TraceEvent } from './trace';

interface BusySpan {
  readonly line: number;
  readonly fromMs: number;
  readonly toMs: number;
  readonly reason: BusyReason;
}

/**
 * Answers the engine's busy checks from a trace's "busy" lines, at once: busy for a span's
 * reason from its "from" (once the replay has reached its line, so a timer firing at that very
 * instant sees the world just before it, as the idle source does) until its "to". Every signal
 * is readable, so none is unknown. It counts the checks, for the tests and the benchmark.
 */
export class TraceBusySource implements ImmediateBusySource {
  private readonly spans: BusySpan[];
  checks = 0;

  constructor(
    events: readonly TraceEvent[],
    private readonly trueNow: () => number,
    private readonly reachedLine: () => number,
  ) {
    this.spans = events.flatMap((e) => (e.event === 'busy' ? [{ line: e.line, fromMs: e.trueMs, toMs: e.toTrueMs, reason: e.reason }] : []));
  }

  read(signals: readonly BusyReason[]): BusyReading {
    this.checks++;
    const now = this.trueNow();
    const reached = this.reachedLine();
    // Spans do not overlap, so at most one holds now.
    const span = this.spans.find((s) => s.line <= reached && s.fromMs <= now && now < s.toMs);
    return { reasons: span !== undefined && signals.includes(span.reason) ? [span.reason] : [], unknown: [] };
  }
}
