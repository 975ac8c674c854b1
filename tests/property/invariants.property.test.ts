import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLOW_RETURN_POLL_MS } from '../../main/core/engine/presence';
import type { Settings } from '../../main/core/settings';
import { RESPONSES } from '../../scripts/simulator/responder';
import { runSimulation } from '../../scripts/simulator/runSimulation';
import { parseTrace, type TraceEvent } from '../../scripts/simulator/trace';
import { settingsArbitrary, traceText } from '../support/traceArbitrary';
import { expectPromptsSpaced, shortestIntervalMs, typingStretches } from '../support/simulatedDays';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

const day = fc.record({
  settings: settingsArbitrary,
  text: traceText({ pauseSeconds: 120, silentReturns: true }),
  policy: fc.constantFrom(...RESPONSES),
});

function replay(settings: Settings, trace: TraceEvent[], policy: (typeof RESPONSES)[number]) {
  const prompts: { trueMs: number; idleSeconds: number; locked: boolean; suspended: boolean }[] = [];
  const naturalBreaks: { fromTrueMs: number; toTrueMs: number }[] = [];
  runSimulation(trace, settings, policy, { prompt: (p) => prompts.push(p), naturalBreak: (n) => naturalBreaks.push(n) });
  return { prompts, naturalBreaks };
}

describe('engine invariants (property, random settings, days and responses)', () => {
  it('never prompts while the person is idle, locked or asleep', () => {
    fc.assert(
      fc.property(day, ({ settings, text, policy }) => {
        for (const p of replay(settings, parseTrace(text), policy).prompts) {
          expect(p.idleSeconds).toBeLessThan(settings.idle.pauseAfterSeconds);
          expect(p.locked).toBe(false);
          expect(p.suspended).toBe(false);
        }
      }),
    );
  });

  it('never bursts: prompts are at least one break interval (or one snooze) apart', () => {
    fc.assert(
      fc.property(day, ({ settings, text, policy }) => expectPromptsSpaced(replay(settings, parseTrace(text), policy).prompts, settings, policy)),
    );
  });

  it('is never stuck: during unbroken typing a prompt comes at least once per interval', () => {
    fc.assert(
      fc.property(day, ({ settings, text, policy }) => {
        const interval = shortestIntervalMs(settings);
        if (interval === null || policy === 'snooze') return;
        const trace = parseTrace(text);
        const { prompts } = replay(settings, trace, policy);
        const longestBreakMs = Math.max(settings.microBreak.durationSeconds, settings.routineBreak.durationSeconds) * SECOND_MS;
        // From any moment of typing, or from a prompt (plus its break), the next prompt is at most
        // this far; after a long unlocked absence, a silent return is noticed at the next slow look.
        const longestWait = interval + settings.noticeSeconds * SECOND_MS + longestBreakMs + SLOW_RETURN_POLL_MS + SECOND_MS;
        for (const { fromMs, toMs } of typingStretches(trace)) {
          const anchors = [fromMs, ...prompts.map((p) => p.trueMs).filter((t) => t > fromMs && t <= toMs)];
          const waits = [...anchors.slice(1), toMs].map((t, i) => t - (anchors[i] ?? fromMs));
          for (const wait of waits) expect(wait).toBeLessThanOrEqual(longestWait);
        }
      }),
    );
  });

  it('restarts the break clocks after a natural break', () => {
    fc.assert(
      fc.property(day, ({ settings, text, policy }) => {
        const interval = shortestIntervalMs(settings);
        if (interval === null) return;
        const { prompts, naturalBreaks } = replay(settings, parseTrace(text), policy);
        for (const natural of naturalBreaks) {
          const next = prompts.find((p) => p.trueMs >= natural.toTrueMs);
          if (next !== undefined) expect(next.trueMs - natural.toTrueMs).toBeGreaterThanOrEqual(Math.min(interval, settings.snooze.minutes * MINUTE_MS));
        }
      }),
    );
  });
});
