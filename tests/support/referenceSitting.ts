import type { TraceEvent } from '../../scripts/simulator/trace';

/**
 * The accounting rule, applied directly to a whole trace (the test oracle): input moments are
 * "start", each input and every instant of an "active" span, and unlock/resume (returns). Input
 * while locked or suspended does not count. Between consecutive input moments, a gap shorter
 * than `pauseMs` is sitting; a longer one is not, in full. A trailing gap shorter than the
 * threshold at "end" is sitting too.
 */
export interface Reference {
  readonly sittingMs: number;
  /** Gaps of at least the threshold that ended with real input rather than unlock or resume. */
  readonly silentReturns: number;
  /** The length of each of those gaps. */
  readonly silentReturnGapsMs: readonly number[];
  readonly naturalBreaks: number;
}

interface Moment {
  readonly fromMs: number;
  readonly toMs: number;
  readonly isReturn: boolean;
}

export function referenceSitting(trace: readonly TraceEvent[], pauseMs: number, naturalMs: number): Reference {
  const moments: Moment[] = [];
  let away = false;
  let endMs = 0;
  for (const e of trace) {
    if (e.event === 'lock' || e.event === 'suspend') away = true;
    if (e.event === 'unlock' || e.event === 'resume') {
      away = false;
      moments.push({ fromMs: e.trueMs, toMs: e.trueMs, isReturn: true });
    }
    if (e.event === 'end') endMs = e.trueMs;
    if (away) continue;
    if (e.event === 'start' || e.event === 'input') moments.push({ fromMs: e.trueMs, toMs: e.trueMs, isReturn: false });
    if (e.event === 'active') moments.push({ fromMs: e.trueMs, toMs: e.toTrueMs, isReturn: false });
  }
  moments.sort((a, b) => a.fromMs - b.fromMs);
  let sittingMs = 0;
  const silentReturnGapsMs: number[] = [];
  let naturalBreaks = 0;
  let lastMs = moments[0]?.fromMs ?? 0;
  for (const m of moments) {
    const gapMs = m.fromMs - lastMs;
    if (gapMs > 0 && gapMs < pauseMs) sittingMs += gapMs;
    if (gapMs >= pauseMs && !m.isReturn) silentReturnGapsMs.push(gapMs);
    if (gapMs >= naturalMs) naturalBreaks++;
    if (m.toMs > lastMs) sittingMs += m.toMs - Math.max(m.fromMs, lastMs);
    lastMs = Math.max(lastMs, m.toMs);
  }
  const tailMs = endMs - lastMs;
  if (tailMs < pauseMs) sittingMs += tailMs;
  return { sittingMs, silentReturns: silentReturnGapsMs.length, silentReturnGapsMs, naturalBreaks };
}
