import { POLICY_KEYS, type PolicyKey } from '../../core/policy/policyKeys';
import { SETTINGS_CONSTRAINTS } from '../../core/settings';

/**
 * Human wording shared by the ADML and the policy reference in docs/deployment.md, so an
 * administrator reads the same description of a key wherever they meet it.
 */

/** "MicroBreakEveryMinutes" → "Micro break every minutes". */
export function displayName(key: PolicyKey): string {
  const words = key.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a value of the key looks like, as a sentence fragment ("a whole number from 2 to 480"). */
export function valueDescription(key: PolicyKey): string {
  const kind = key.kind;
  switch (kind.type) {
    case 'boolean':
      return 'true or false (1 or 0 in the registry)';
    case 'integer':
      return `a whole number from ${kind.min} to ${kind.max}`;
    case 'choice':
      return `one of ${kind.options.join(', ')}`;
    case 'text':
      return `text, at most ${kind.maxLength} characters`;
    case 'list':
      if (kind.item === 'timeRange') return 'a list of time ranges such as 09:00-12:30 (24-hour clock, not overlapping; empty means none that day)';
      if (kind.item === 'id') return 'a list of exercise ids such as seated-chin-tuck';
      return `a list of ${(kind.options ?? []).join(', ')}`;
  }
}

const NAME_BY_PATH = new Map(POLICY_KEYS.flatMap((key) => (key.settingPath === null ? [] : [[key.settingPath, key.name] as const])));
const SETTING_PATH = /\b[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)*\b/g;

/** The cross-field rules that involve the key, worded with policy names ("NoticeSeconds must be shorter than SnoozeMinutes"). */
export function ruleNotes(key: PolicyKey): string[] {
  const path = key.settingPath;
  if (path === null) return [];
  const named = (text: string): string => text.replace(SETTING_PATH, (word) => NAME_BY_PATH.get(word) ?? word);
  return SETTINGS_CONSTRAINTS.filter((rule) => rule.paths.includes(path)).map((rule) => `${named(rule.reportAt)} ${named(rule.message)}`);
}

/** The registry value type Group Policy writes for the key, and the Windows reader expects. */
export function registryType(key: PolicyKey): 'REG_DWORD' | 'REG_SZ' | 'REG_MULTI_SZ' {
  const type = key.kind.type;
  if (type === 'boolean' || type === 'integer') return 'REG_DWORD';
  return type === 'list' ? 'REG_MULTI_SZ' : 'REG_SZ';
}
