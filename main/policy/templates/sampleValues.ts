import { POLICY_KEYS, type PolicyKey } from '../../core/policy/policyKeys';
import { settingField } from '../../core/preferences/settingFields';

/**
 * An example value for every policy key, in the form the OS readers deliver (booleans, whole
 * numbers, strings, lists of strings; time ranges as "09:00-17:00"). A setting key shows its
 * default unless a more telling example is given below, so a new setting gets a valid sample
 * without being listed here; defaults also satisfy every cross-field rule together. An
 * organization-only key has no default, so it must be listed. tests/policy/templates.test.ts
 * proves all of them valid by resolving them.
 */

export type SampleValue = boolean | number | string | readonly string[];
export type SamplePlatform = 'linux' | 'mac';

/** Where the sample points ExercisePack: a root-owned folder on each platform. */
const EXERCISE_PACK_PATH: Readonly<Record<SamplePlatform, string>> = {
  linux: '/etc/breakwise/exercises.json',
  mac: '/Library/Application Support/Breakwise/exercises.json',
};

/** Settings whose default would make a dull example. */
const SETTING_EXAMPLES: Readonly<Record<string, SampleValue>> = {
  WorkingHoursEnabled: true,
  WorkingHoursDaysMonday: ['08:30-12:30', '13:30-17:30'],
};

const ADMIN_EXAMPLES = (platform: SamplePlatform): Readonly<Record<string, SampleValue>> => ({
  AdminContactName: 'IT Service Desk',
  AdminContactUrl: 'https://intranet.example.com/breakwise',
  AdminContactEmail: 'it-help@example.com',
  AllowQuit: true,
  AllowPause: true,
  MaxPauseMinutes: 120,
  MinMicroBreakSeconds: 20,
  MinRoutineBreakSeconds: 120,
  ExercisePack: EXERCISE_PACK_PATH[platform],
  // Floor exercises have no place in an open-plan office.
  DisabledExercises: ['prone-head-lift', 'supine-neck-nod'],
  UpdateChecks: false,
});

const isTimeRange = (item: unknown): item is { from: string; to: string } =>
  typeof item === 'object' && item !== null && 'from' in item && 'to' in item;

/** A setting's default as a policy value: time ranges become "HH:MM-HH:MM" strings. */
function defaultAsPolicyValue(path: string): SampleValue {
  const value = settingField(path)?.defaultValue;
  if (Array.isArray(value)) return value.map((item: unknown) => (isTimeRange(item) ? `${item.from}-${item.to}` : String(item)));
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  throw new Error(`setting ${path} has no default a policy can express`);
}

export function sampleValue(key: PolicyKey, platform: SamplePlatform): SampleValue {
  const example = SETTING_EXAMPLES[key.name] ?? ADMIN_EXAMPLES(platform)[key.name];
  if (example !== undefined) return example;
  if (key.settingPath !== null) return defaultAsPolicyValue(key.settingPath);
  throw new Error(`policy key ${key.name} needs an example value in sampleValues.ts`);
}

/** Every key with its example, in POLICY_KEYS order. */
export const samplePolicy = (platform: SamplePlatform, keys: readonly PolicyKey[] = POLICY_KEYS): [PolicyKey, SampleValue][] =>
  keys.map((key) => [key, sampleValue(key, platform)]);
