import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETURN_POLL_MAX_MS, SLOW_RETURN_POLL_MS } from '../../main/core/engine/presence';
import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { runSimulation } from '../../scripts/simulator/runSimulation';
import { parseTrace } from '../../scripts/simulator/trace';
import { referenceSitting } from '../support/referenceSitting';
import { traceText } from '../support/traceArbitrary';

const NO_BREAKS = { ...DEFAULT_SETTINGS, microBreak: { ...DEFAULT_SETTINGS.microBreak, enabled: false }, routineBreak: { ...DEFAULT_SETTINGS.routineBreak, enabled: false } };
const PAUSE_MS = NO_BREAKS.idle.pauseAfterSeconds * 1000;
const NATURAL_MS = NO_BREAKS.idle.naturalBreakAfterSeconds * 1000;
const RESOLUTION_SECONDS = 1;

describe('accounted active time (property, random days with sleep, locks and clock jumps)', () => {
  it('equals the rule within 1 s when every absence ends with unlock or resume', () => {
    fc.assert(
      fc.property(traceText({ pauseSeconds: NO_BREAKS.idle.pauseAfterSeconds, silentReturns: false }), (text) => {
        const trace = parseTrace(text);
        const expected = referenceSitting(trace, PAUSE_MS, NATURAL_MS);
        const result = runSimulation(trace, NO_BREAKS, 'ignore');
        expect(Math.abs(result.activeSeconds - expected.sittingMs / 1000)).toBeLessThanOrEqual(RESOLUTION_SECONDS);
        expect(result.naturalBreaks).toHaveLength(expected.naturalBreaks);
      }),
    );
  });

  it('stays within half the return poll in effect for each silent return when people come back without unlocking', () => {
    fc.assert(
      fc.property(traceText({ pauseSeconds: NO_BREAKS.idle.pauseAfterSeconds, silentReturns: true }), (text) => {
        const trace = parseTrace(text);
        const expected = referenceSitting(trace, PAUSE_MS, NATURAL_MS);
        const result = runSimulation(trace, NO_BREAKS, 'ignore');
        // A return before the gap is a natural break is looked for every minute, after it every ten.
        const pollFor = (gapMs: number) => (gapMs < NATURAL_MS ? RETURN_POLL_MAX_MS : SLOW_RETURN_POLL_MS);
        const bound = RESOLUTION_SECONDS + expected.silentReturnGapsMs.reduce((sum, gapMs) => sum + pollFor(gapMs) / 2 / 1000, 0);
        expect(Math.abs(result.activeSeconds - expected.sittingMs / 1000)).toBeLessThanOrEqual(bound);
      }),
    );
  });
});
