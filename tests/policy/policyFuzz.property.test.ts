import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import type { PolicyLayers } from '../../main/core/policy/policyLayers';
import { resolveSettings, type ResolvedSettings } from '../../main/core/preferences/layers';
import { getAtPath } from '../../main/core/preferences/settingPaths';
import { settingsSchema } from '../../main/core/settings';
import { fuzzDocument, type Entry, type FuzzDocument, type Level } from '../support/policyArbitrary';

/**
 * Whatever an administrator (or a broken MDM, or an attacker with a text editor) puts in a policy
 * source, resolving it never throws, always yields valid settings, refuses every bad value with a
 * reason — and never lets a bad value take a good one with it.
 */
const POLICY_DOCUMENTS = 10_000;

type ValidEntry = Extract<Entry, { type: 'valid' }>;

/** Where an organization-only key's value shows up in the resolved policy. */
function adminValue(policy: PolicyLayers, name: string): unknown {
  const views: Readonly<Record<string, () => unknown>> = {
    AdminContactName: () => policy.adminContact?.name,
    AdminContactUrl: () => policy.adminContact?.url,
    AdminContactEmail: () => policy.adminContact?.email,
    AllowQuit: () => policy.admin.allowQuit,
    AllowPause: () => policy.admin.allowPause,
    MaxPauseMinutes: () => policy.admin.maxPauseMinutes,
    MinMicroBreakSeconds: () => policy.admin.minimums['microBreak.durationSeconds'],
    MinRoutineBreakSeconds: () => policy.admin.minimums['routineBreak.durationSeconds'],
    ExercisePack: () => policy.admin.exercisePack,
    DisabledExercises: () => policy.admin.disabledExercises,
    UpdateChecks: () => policy.admin.updateChecks,
  };
  return (views[name] ?? (() => expect.unreachable(`no view of ${name}`)))();
}

/** A valid value may give way only to a cross-field rule, or to the organization's minimum when below it. */
function isAcceptableRefusal(reason: string, value: unknown, minimum: number | undefined): boolean {
  return reason.startsWith('conflicts with') || (minimum !== undefined && typeof value === 'number' && value < minimum && reason.includes(`minimum of ${minimum}`));
}

function checkValidSettings(document: FuzzDocument, policy: PolicyLayers, resolved: ResolvedSettings): void {
  const valid = (level: Level) => document.entries[level].filter((e): e is ValidEntry => e.type === 'valid' && e.key.settingPath !== null);
  const paths = new Set([...valid('recommended'), ...valid('enforced')].map((entry) => entry.key.settingPath ?? ''));
  for (const path of paths) {
    const standing = (['recommended', 'enforced'] as const).flatMap((level) => {
      const entry = valid(level).find((e) => e.key.settingPath === path);
      if (entry === undefined) return [];
      const refusal = resolved.rejected.find((r) => r.layer === level && r.path === path);
      if (refusal === undefined) return [{ level, entry }];
      expect(isAcceptableRefusal(refusal.reason, entry.expected, policy.admin.minimums[path]), `${level} ${path} refused: ${refusal.reason}`).toBe(true);
      return [];
    });
    const top = standing.at(-1);
    if (top === undefined) continue;
    expect({ path, value: getAtPath(resolved.settings, path), source: resolved.sources[path] }).toEqual({ path, value: top.entry.expected, source: top.level });
  }
}

function checkRefusals(document: FuzzDocument, policy: PolicyLayers, resolved: ResolvedSettings): void {
  for (const level of ['enforced', 'recommended'] as const) {
    for (const entry of document.entries[level]) {
      if (entry.type === 'valid') continue;
      const name = entry.type === 'unknown' ? entry.name : entry.key.name;
      const path = entry.type === 'unknown' ? undefined : entry.key.settingPath;
      const reported = policy.problems.some((p) => p.key === name) || resolved.rejected.some((r) => r.layer === level && r.path === path);
      if (!reported) expect.fail(`${level} ${name.slice(0, 40)} = ${String(JSON.stringify(entry.raw)).slice(0, 80)} was not refused`);
    }
  }
}

describe('resolving fuzzed policy documents (property)', () => {
  it(`never throws, keeps settings valid, refuses bad values with reasons and applies good ones (${POLICY_DOCUMENTS} documents)`, () => {
    fc.assert(
      fc.property(fuzzDocument, (document) => {
        const policy = resolvePolicy(document.raw);
        const resolved = resolveSettings({ recommended: policy.recommended, user: {}, enforced: policy.enforced, minimums: policy.admin.minimums });

        expect(settingsSchema.safeParse(resolved.settings).success).toBe(true);
        expect([...policy.problems, ...resolved.rejected].every((item) => item.reason.trim().length > 0)).toBe(true);
        expect(policy.problems.slice(0, document.raw.problems.length)).toEqual(document.raw.problems);
        checkValidSettings(document, policy, resolved);
        checkRefusals(document, policy, resolved);

        const validAdmin = document.entries.enforced.filter((e): e is ValidEntry => e.type === 'valid' && e.key.settingPath === null);
        for (const entry of validAdmin) expect({ key: entry.key.name, value: adminValue(policy, entry.key.name) }).toEqual({ key: entry.key.name, value: entry.expected });
        if (!validAdmin.some((entry) => entry.key.name === 'AllowQuit')) expect(policy.admin.allowQuit).toBe(true);
        if (!validAdmin.some((entry) => entry.key.name.startsWith('AdminContact'))) expect(policy.adminContact).toBeNull();
      }),
      { numRuns: POLICY_DOCUMENTS },
    );
  });

  it('does not let a user value below the organization’s minimum through, whatever the policy', () => {
    fc.assert(
      fc.property(fuzzDocument, fc.integer({ min: 10, max: 3_600 }), (document, userSeconds) => {
        const policy = resolvePolicy(document.raw);
        const resolved = resolveSettings({ recommended: policy.recommended, user: { 'microBreak.durationSeconds': userSeconds }, enforced: policy.enforced, minimums: policy.admin.minimums });
        const minimum = policy.admin.minimums['microBreak.durationSeconds'];
        if (minimum !== undefined) expect(resolved.settings.microBreak.durationSeconds).toBeGreaterThanOrEqual(minimum);
      }),
    );
  });
});
