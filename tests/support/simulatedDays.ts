import { expect } from 'vitest';
import type { Settings } from '../../main/core/settings';
import type { ResponsePolicy } from '../../scripts/simulator/responder';
import type { TraceEvent } from '../../scripts/simulator/trace';

/** Rules the property tests hold simulated days to, shared by the everyday and the meetings suites. */
const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

/** The shortest sitting interval after which some break is due; null with both kinds off. */
export const shortestIntervalMs = (s: Settings): number | null => {
  const intervals = [s.microBreak, s.routineBreak].filter((b) => b.enabled).map((b) => b.everyMinutes * MINUTE_MS);
  return intervals.length === 0 ? null : Math.min(...intervals);
};

/**
 * How close two prompts may come: one break interval, or one snooze when the person snoozes —
 * to the resolution of timers (whole milliseconds) and idle time (whole seconds).
 */
const minimumPromptSpacingMs = (settings: Settings, interval: number, policy: ResponsePolicy): number =>
  (policy === 'snooze' ? Math.min(interval, settings.snooze.minutes * MINUTE_MS) : interval) - SECOND_MS;

/** No burst: each prompt comes at least one break interval (or one snooze) after the one before. */
export function expectPromptsSpaced(prompts: readonly { trueMs: number }[], settings: Settings, policy: ResponsePolicy): void {
  const interval = shortestIntervalMs(settings);
  if (interval === null) return;
  const spacing = minimumPromptSpacingMs(settings, interval, policy);
  prompts.slice(1).forEach((p, i) => expect(p.trueMs - (prompts[i]?.trueMs ?? 0)).toBeGreaterThanOrEqual(spacing));
}

/** Spans of typing that touch each other form one stretch of unbroken sitting. */
export function typingStretches(trace: readonly TraceEvent[]): { fromMs: number; toMs: number }[] {
  const stretches: { fromMs: number; toMs: number }[] = [];
  for (const e of trace) {
    if (e.event !== 'active') continue;
    const last = stretches.at(-1);
    if (last !== undefined && e.trueMs <= last.toMs) last.toMs = Math.max(last.toMs, e.toTrueMs);
    else stretches.push({ fromMs: e.trueMs, toMs: e.toTrueMs });
  }
  return stretches;
}
