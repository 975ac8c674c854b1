import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSY_RECHECK_MS, PRESENTING_REASONS } from '../../main/core/engine/deferral';
import type { Effect, TrayView } from '../../main/core/engine/effects';
import { parseSettings, type Settings } from '../../main/core/settings';
import { RESPONSES, type ResponsePolicy } from '../../scripts/simulator/responder';
import { runSimulation } from '../../scripts/simulator/runSimulation';
import { parseTrace, type TraceEvent } from '../../scripts/simulator/trace';
import { referenceSitting } from '../support/referenceSitting';
import { busyTraceText, settingsArbitrary } from '../support/traceArbitrary';
import { expectPromptsSpaced, typingStretches } from '../support/simulatedDays';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const PAUSE_SECONDS = 120;

/** Random settings, with the meetings settings anywhere in their ranges too. */
const meetingSettings: fc.Arbitrary<Settings> = fc
  .record({ base: settingsArbitrary, graceSeconds: fc.integer({ min: 0, max: 600 }), maxDeferMinutes: fc.integer({ min: 10, max: 240 }) })
  .map(({ base, graceSeconds, maxDeferMinutes }) => ({ ...base, meetings: { ...base.meetings, graceSeconds, maxDeferMinutes } }));

const day = fc.record({
  settings: meetingSettings,
  text: busyTraceText({ pauseSeconds: PAUSE_SECONDS, silentReturns: true }),
  policy: fc.constantFrom(...RESPONSES),
});

interface Replay {
  prompts: { trueMs: number }[];
  naturalBreaks: { fromTrueMs: number; toTrueMs: number }[];
  effects: { trueMs: number; effect: Effect }[];
  result: ReturnType<typeof runSimulation>;
}

function replay(settings: Settings, trace: TraceEvent[], policy: ResponsePolicy): Replay {
  const replayed: Omit<Replay, 'result'> = { prompts: [], naturalBreaks: [], effects: [] };
  const result = runSimulation(trace, settings, policy, {
    prompt: (p) => replayed.prompts.push(p),
    naturalBreak: (n) => replayed.naturalBreaks.push(n),
    effect: (e) => replayed.effects.push(e),
  });
  return { ...replayed, result };
}

const busySpans = (trace: readonly TraceEvent[]) => trace.flatMap((e) => (e.event === 'busy' ? [{ fromMs: e.trueMs, toMs: e.toTrueMs, reason: e.reason }] : []));

/** The tray as it stood at `atMs`: the last view sent at or before it. */
const trayAt = (effects: Replay['effects'], atMs: number): TrayView | null =>
  effects.reduce<TrayView | null>((view, { trueMs, effect }) => (trueMs <= atMs && effect.type === 'tray' ? effect.view : view), null);

describe('breaks that wait for meetings (property, random settings, days with meetings, presentations and full screen)', () => {
  it('is never stuck: a waiting break comes within one look and the grace once the meeting ends, if the person is at the desk', () => {
    fc.assert(
      fc.property(day, ({ settings, text, policy }) => {
        const trace = parseTrace(text);
        const { prompts, effects } = replay(settings, trace, policy);
        const spans = busySpans(trace);
        // One look to see the meeting is over, then the grace (never less than the notice); to the millisecond of the timers.
        const boundMs = BUSY_RECHECK_MS + Math.max(settings.meetings.graceSeconds, settings.noticeSeconds) * SECOND_MS + 1;
        for (const { toMs: endMs } of spans) {
          if (trayAt(effects, endMs)?.status !== 'breakWaiting') continue;
          // Another meeting straight after keeps it waiting, rightly; so does leaving the desk.
          if (spans.some((s) => s.fromMs >= endMs && s.fromMs <= endMs + boundMs)) continue;
          if (!typingStretches(trace).some((t) => t.fromMs <= endMs && t.toMs >= endMs + boundMs)) continue;
          expect(prompts.some((p) => p.trueMs > endMs && p.trueMs <= endMs + boundMs)).toBe(true);
        }
      }),
    );
  });

  it('never bursts when a meeting ends: prompts stay at least one break interval (or one snooze) apart', () => {
    fc.assert(
      fc.property(day, ({ settings, text, policy }) => expectPromptsSpaced(replay(settings, parseTrace(text), policy).prompts, settings, policy)),
    );
  });

  it('respects the cap: one overdue notice per waiting break, only after maxDeferMinutes, never while presenting or sharing the screen', () => {
    fc.assert(
      fc.property(day, ({ settings, text, policy }) => {
        const trace = parseTrace(text);
        const { prompts, naturalBreaks, effects } = replay(settings, trace, policy);
        const spans = busySpans(trace);
        const overdue = effects.filter((e) => e.effect.type === 'breakOverdue').map((e) => e.trueMs);
        // What ends a waiting break: the break itself, or a natural break.
        const clears = [...prompts.map((p) => p.trueMs), ...naturalBreaks.map((n) => n.toTrueMs)].sort((a, b) => a - b);
        for (const atMs of overdue) {
          const span = spans.find((s) => s.fromMs <= atMs && atMs < s.toMs);
          expect(span).toBeDefined();
          expect(PRESENTING_REASONS).not.toContain(span?.reason);
          const clearedMs = clears.filter((c) => c <= atMs).at(-1) ?? -Infinity;
          const waitingSince = effects.find((e) => e.trueMs >= clearedMs && e.effect.type === 'tray' && e.effect.view.status === 'breakWaiting')?.trueMs ?? Infinity;
          expect(atMs - waitingSince).toBeGreaterThanOrEqual(settings.meetings.maxDeferMinutes * MINUTE_MS);
          expect(overdue.filter((other) => other > clearedMs && other <= atMs)).toHaveLength(1);
        }
      }),
    );
  });

  it('says a break is overdue once it has waited maxDeferMinutes through a meeting at the desk', () => {
    fc.assert(
      fc.property(day, ({ settings, text, policy }) => {
        const trace = parseTrace(text);
        const { prompts, naturalBreaks, effects } = replay(settings, trace, policy);
        const overdue = effects.filter((e) => e.effect.type === 'breakOverdue').map((e) => e.trueMs);
        const clears = [...prompts.map((p) => p.trueMs), ...naturalBreaks.map((n) => n.toTrueMs)];
        const typing = typingStretches(trace);
        for (const span of busySpans(trace)) {
          if (PRESENTING_REASONS.includes(span.reason)) continue;
          // A break that began to wait in this meeting, with the person typing until it has waited long enough.
          const startMs = effects.find((e) => e.trueMs >= span.fromMs && e.trueMs < span.toMs && e.effect.type === 'tray' && e.effect.view.status === 'breakWaiting')?.trueMs;
          if (startMs === undefined) continue;
          const lastMs = startMs + settings.meetings.maxDeferMinutes * MINUTE_MS + 1;
          if (lastMs > span.toMs || !typing.some((t) => t.fromMs <= startMs && t.toMs >= lastMs)) continue;
          // It may have begun to wait before (and been called overdue then), since the last break.
          const clearedMs = Math.max(-Infinity, ...clears.filter((c) => c <= startMs));
          expect(overdue.some((at) => at >= clearedMs && at <= lastMs)).toBe(true);
        }
      }),
    );
  });

  it('accounts sitting as before: with every break skipped at once, meetings change no second of it', () => {
    const skippable = meetingSettings.map((s) => ({ ...s, strict: false, allowSkip: true }));
    fc.assert(
      fc.property(skippable, busyTraceText({ pauseSeconds: PAUSE_SECONDS, silentReturns: false }), (drawn, text) => {
        const settings = parseSettings({ ...drawn, idle: { ...drawn.idle, pauseAfterSeconds: PAUSE_SECONDS, naturalBreakAfterSeconds: Math.max(PAUSE_SECONDS, drawn.idle.naturalBreakAfterSeconds) } });
        if (!settings.ok) return;
        const trace = parseTrace(text);
        const expected = referenceSitting(trace, PAUSE_SECONDS * SECOND_MS, settings.settings.idle.naturalBreakAfterSeconds * SECOND_MS);
        const withMeetings = runSimulation(trace, settings.settings, 'skip');
        const without = runSimulation(trace, { ...settings.settings, meetings: { ...settings.settings.meetings, defer: false } }, 'skip');
        expect(Math.abs(withMeetings.activeSeconds - expected.sittingMs / SECOND_MS)).toBeLessThanOrEqual(1);
        expect(withMeetings.activeSeconds).toBe(without.activeSeconds);
        expect(withMeetings.naturalBreaks).toEqual(without.naturalBreaks);
      }),
    );
  });

  it('asks nothing on a day without breaks, whatever the meetings', () => {
    fc.assert(
      fc.property(meetingSettings, busyTraceText({ pauseSeconds: PAUSE_SECONDS, silentReturns: true }), (drawn, text) => {
        const settings = { ...drawn, microBreak: { ...drawn.microBreak, enabled: false }, routineBreak: { ...drawn.routineBreak, enabled: false } };
        const result = runSimulation(parseTrace(text), settings, 'accept');
        expect(result.busyChecks).toBe(0);
        expect(result.overdueNotices).toEqual([]);
      }),
    );
  });
});
