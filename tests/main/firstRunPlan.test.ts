import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import * as planRules from '../../main/core/preferences/plans';
import { PLANS, type Plan } from '../../main/core/preferences/plans';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { planOutcomes } from '../../renderer/src/welcome/planOutcome';

const NOW = Date.UTC(2026, 2, 2, 9);

/** A fresh install under this policy: what the welcome previews, and what choosing the plan applies. */
function previewAndApply(policy: Parameters<typeof resolvePolicy>[0], plan: Plan) {
  const preferences = new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(resolvePolicy(policy)), () => NOW);
  const preview = planOutcomes(planRules, preferences.view())[plan];
  const reply = preferences.completeFirstRun(plan, true);
  if (typeof reply === 'string') throw new Error(reply);
  const applied = reply.values;
  return {
    preview,
    applied: {
      microBreak: { enabled: applied.microBreak.enabled, everyMinutes: applied.microBreak.everyMinutes, durationSeconds: applied.microBreak.durationSeconds },
      routineBreak: { enabled: applied.routineBreak.enabled, everyMinutes: applied.routineBreak.everyMinutes, durationSeconds: applied.routineBreak.durationSeconds },
      breaksPerDay: applied.goal.breaksPerDay,
      snoozesPerBreak: applied.strict ? 0 : applied.snooze.maxPerBreak,
    },
  };
}

const POLICIES: [string, Parameters<typeof resolvePolicy>[0]][] = [
  ['no policy', { enforced: {}, recommended: {}, problems: [] }],
  ['a minimum posture reset of 30 s', { enforced: { MinMicroBreakSeconds: 30 }, recommended: {}, problems: [] }],
  ['minimum lengths above every plan', { enforced: { MinMicroBreakSeconds: 60, MinRoutineBreakSeconds: 600 }, recommended: {}, problems: [] }],
  ['an enforced interval and strict mode', { enforced: { MicroBreakEveryMinutes: 25, StrictMode: 1 }, recommended: {}, problems: [] }],
  ['recommended values', { enforced: {}, recommended: { RoutineBreakEveryMinutes: 50, GoalBreaksPerDay: 5 }, problems: [] }],
];

describe("the welcome's plan preview is what choosing the plan applies", () => {
  it('shows a 30 s posture reset for the gentle plan when the organization asks for at least 30 s', () => {
    const { preview, applied } = previewAndApply({ enforced: { MinMicroBreakSeconds: 30 }, recommended: {}, problems: [] }, 'gentle');
    expect(applied.microBreak.durationSeconds).toBe(30);
    expect(preview.microBreak.durationSeconds).toBe(30);
  });

  describe.each(POLICIES)('under %s', (_name, policy) => {
    it.each(PLANS)('the %s plan', (plan) => {
      const { preview, applied } = previewAndApply(policy, plan);
      expect({ microBreak: preview.microBreak, routineBreak: preview.routineBreak, breaksPerDay: preview.breaksPerDay, snoozesPerBreak: preview.snoozesPerBreak }).toEqual(applied);
    });
  });
});
