import { POLICY_KEYS, type PolicyKey } from '../../core/policy/policyKeys';
import { SETTINGS_CONSTRAINTS, type SettingsConstraint } from '../../core/settings';
import { settingField } from '../../core/preferences/settingFields';
import { ADML_WORDING, type AdmlWording } from './admlWording';

/**
 * Human wording shared by the ADML (in each language) and the policy reference in
 * docs/deployment.md (English), so an administrator reads the same description of a key wherever
 * they meet it. The words come from the wording files in ./locales; the values (limits, options,
 * defaults) from the policy keys themselves.
 */

const ENGLISH = ADML_WORDING.en;

/** `{name}` placeholders filled in; a placeholder without a value stays as written (the wording test catches it). */
export const filled = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The key's name in the Group Policy editor ("Posture reset every (minutes of sitting)"). */
export const displayName = (key: PolicyKey, wording: AdmlWording = ENGLISH): string => wording.names[key.name] ?? key.name;

/** What a value of the key looks like, as a sentence fragment ("a whole number from 2 to 480"). */
export function valueDescription(key: PolicyKey, wording: AdmlWording = ENGLISH): string {
  const kind = key.kind;
  const { values } = wording;
  switch (kind.type) {
    case 'boolean':
      return values.boolean;
    case 'integer':
      return filled(values.integer, { min: kind.min, max: kind.max });
    case 'choice':
      return filled(values.choice, { options: kind.options.join(', ') });
    case 'text':
      return filled(values.text, { max: kind.maxLength });
    case 'list':
      if (kind.item === 'timeRange') return values.timeRanges;
      if (kind.item === 'id') return values.exerciseIds;
      return filled(values.choices, { options: (kind.options ?? []).join(', ') });
  }
}

/** What the key does, in one sentence: a setting's path and default, or an organization-only key's own summary. */
export function summary(key: PolicyKey, wording: AdmlWording = ENGLISH): string {
  const path = key.settingPath;
  if (path === null) return wording.summaries[key.name] ?? key.name;
  return filled(wording.settingSummary, { path, value: JSON.stringify(settingField(path)?.defaultValue) });
}

/** A cross-field rule's id in the wording files: the setting paths it reads. */
export const ruleId = (rule: SettingsConstraint): string => rule.paths.join('+');

/** The cross-field rules that involve the key, worded with policy names ("NoticeSeconds must be shorter than SnoozeMinutes"). */
export function ruleNotes(key: PolicyKey, wording: AdmlWording = ENGLISH): string[] {
  const path = key.settingPath;
  if (path === null) return [];
  return SETTINGS_CONSTRAINTS.filter((rule) => rule.paths.includes(path)).map((rule) => wording.rules[ruleId(rule)] ?? ruleId(rule));
}

/** The policy name of each setting path, for the tests that check a rule's wording names its keys. */
export const POLICY_NAME_BY_PATH: ReadonlyMap<string, string> = new Map(POLICY_KEYS.flatMap((key) => (key.settingPath === null ? [] : [[key.settingPath, key.name] as const])));

/** The registry value type Group Policy writes for the key, and the Windows reader expects. */
export function registryType(key: PolicyKey): 'REG_DWORD' | 'REG_SZ' | 'REG_MULTI_SZ' {
  const type = key.kind.type;
  if (type === 'boolean' || type === 'integer') return 'REG_DWORD';
  return type === 'list' ? 'REG_MULTI_SZ' : 'REG_SZ';
}
