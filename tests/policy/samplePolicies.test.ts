import { describe, expect, it } from 'vitest';
import { parseTimeRange, POLICY_KEYS } from '../../main/core/policy/policyKeys';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import { resolveSettings } from '../../main/core/preferences/layers';
import { getAtPath } from '../../main/core/preferences/settingPaths';
import { settingsSchema } from '../../main/core/settings';
import { parseXmlPlist } from '../../main/policy/readers/xmlPlist';
import { createWindowsRegistryReader, MACHINE_POLICY_KEY, type RunCommand } from '../../main/policy/readers/windowsRegistry';
import { buildAdmx } from '../../main/policy/templates/admx';
import { RECOMMENDED_REGISTRY_KEY } from '../../main/policy/templates/admxPolicies';
import { buildMobileconfig } from '../../main/policy/templates/mobileconfig';
import { samplePolicyJson } from '../../main/policy/templates/samplePolicyJson';
import { descendants, parseXml } from '../support/xmlTree';

/**
 * The samples are meant to be copied, so each must be valid as a whole: every key accepted,
 * every value applied, and no cross-field rule broken — at the enforced and recommended level.
 */
type Raw = Record<string, unknown>;
const sample = JSON.parse(samplePolicyJson()) as Raw;
const SETTING_KEYS = POLICY_KEYS.filter((key) => key.settingPath !== null);
const asSetting = (value: unknown): unknown => (Array.isArray(value) ? value.map(parseTimeRange) : value);

function resolveAt(level: 'enforced' | 'recommended', raw: Raw) {
  const policy = resolvePolicy({ enforced: level === 'enforced' ? raw : {}, recommended: level === 'recommended' ? raw : {}, problems: [] });
  const resolved = resolveSettings({ recommended: policy.recommended, user: {}, enforced: policy.enforced, minimums: policy.admin.minimums });
  return { policy, resolved };
}

/** `expected` is the sample in JSON form, for readers that deliver booleans as 0 and 1. */
function expectApplied(level: 'enforced' | 'recommended', raw: Raw, expected: Raw = raw): void {
  const { policy, resolved } = resolveAt(level, raw);
  expect(policy.problems).toEqual([]);
  expect(resolved.rejected).toEqual([]);
  expect(settingsSchema.safeParse(resolved.settings).success).toBe(true);
  for (const key of SETTING_KEYS) {
    const path = key.settingPath ?? '';
    expect({ key: key.name, value: getAtPath(resolved.settings, path), source: resolved.sources[path] }).toEqual({ key: key.name, value: asSetting(expected[key.name]), source: level });
  }
}

describe('the sample policy.json', () => {
  it('applies every key as enforced policy, with no problem and no value refused', () => {
    expectApplied('enforced', sample);
    const { policy } = resolveAt('enforced', sample);
    expect(policy.adminContact).toEqual({ name: sample['AdminContactName'], url: sample['AdminContactUrl'], email: sample['AdminContactEmail'] });
    expect(policy.admin).toEqual({
      allowQuit: sample['AllowQuit'],
      allowPause: sample['AllowPause'],
      maxPauseMinutes: sample['MaxPauseMinutes'],
      updateChecks: sample['UpdateChecks'],
      exercisePack: sample['ExercisePack'],
      disabledExercises: sample['DisabledExercises'],
      minimums: { 'microBreak.durationSeconds': sample['MinMicroBreakSeconds'], 'routineBreak.durationSeconds': sample['MinRoutineBreakSeconds'] },
    });
  });

  it('applies every recommendable key as recommended policy', () => {
    expectApplied('recommended', Object.fromEntries(SETTING_KEYS.map((key) => [key.name, sample[key.name]])));
  });
});

describe('the sample .mobileconfig', () => {
  it('forces values that apply as they are, like the JSON sample’s', () => {
    const profile = parseXmlPlist(buildMobileconfig()) as { PayloadContent: { PayloadContent: Record<string, { Forced: { mcx_preference_settings: Raw }[] }> }[] };
    const forced = profile.PayloadContent[0]?.PayloadContent['com.breakwise.app']?.Forced[0]?.mcx_preference_settings ?? {};
    expectApplied('enforced', forced);
    expect({ ...forced, ExercisePack: sample['ExercisePack'] }).toEqual(sample);
  });
});

describe('the ADMX, as Group Policy would write the sample', () => {
  /** What `reg query /s` prints for the value each ADMX element type writes. */
  function regQueryLine(element: string, name: string, value: unknown): string {
    if (element === 'enabledValue' || element === 'decimal') return `    ${name}    REG_DWORD    0x${Number(value).toString(16)}`;
    if (element === 'multiText') return `    ${name}    REG_MULTI_SZ    ${(value as string[]).join('\\0')}`;
    return `    ${name}    REG_SZ    ${String(value)}`;
  }

  it('gives registry values the real Windows reader accepts in full', async () => {
    const windowsSample: Raw = { ...sample, ExercisePack: 'C:\\ProgramData\\Breakwise\\exercises.json' };
    const lines = (registryKey: string) =>
      descendants(parseXml(buildAdmx()))
        .filter((policy) => policy.name === 'policy' && policy.attributes['key'] === registryKey)
        .map((policy) => {
          const name = (policy.attributes['name'] ?? '').replace(/_Recommended$/, '');
          const element = policy.children.find((child) => child.name === 'elements')?.children[0]?.name ?? 'enabledValue';
          return regQueryLine(element, name, windowsSample[name]);
        });
    const machineKey = MACHINE_POLICY_KEY.replace(/^HKLM/, 'HKEY_LOCAL_MACHINE');
    const stdout = ['', machineKey, ...lines(MACHINE_POLICY_KEY.replace(/^HKLM\\/, '')), '', `HKEY_LOCAL_MACHINE\\${RECOMMENDED_REGISTRY_KEY}`, ...lines(RECOMMENDED_REGISTRY_KEY), ''].join('\r\n');
    // The user hive has no Breakwise key: its `/s` query exits 1, and the parent listing says so.
    const run: RunCommand = async (_command, args) =>
      args[1] === MACHINE_POLICY_KEY ? { stdout, stderr: '', exitCode: 0 } : { stdout: '', stderr: '', exitCode: args.includes('/s') ? 1 : 0 };

    const raw = await createWindowsRegistryReader({ run, realpath: async () => 'C:\\Windows' })();
    expect(raw.problems).toEqual([]);
    expect(Object.keys(raw.enforced)).toHaveLength(POLICY_KEYS.length);
    expect(Object.keys(raw.recommended)).toHaveLength(SETTING_KEYS.length);
    // Registry booleans arrive as 0 and 1; the resolver turns them back into false and true.
    const normalized = Object.fromEntries(Object.entries(raw.enforced).map(([name, value]) => [name, typeof windowsSample[name] === 'boolean' ? value === 1 : value]));
    expect(normalized).toEqual(windowsSample);
    expectApplied('enforced', raw.enforced, windowsSample);
    expectApplied('recommended', raw.recommended, windowsSample);
  });
});
