import { z } from 'zod';
import { SETTING_FIELDS, type FieldControl, type SettingField } from '../preferences/settingFields';

/**
 * Every key an administrator can set, derived from the settings schema plus the keys that only
 * an organization sets (contact, quit and pause rights, minimum break lengths, exercise pack).
 * The readers, the resolver, the ADMX/ADML, .mobileconfig and policy.json templates and the
 * policy reference in docs/deployment.md all come from this one list.
 */

export type PolicyValueKind =
  | { readonly type: 'boolean' }
  | { readonly type: 'integer'; readonly min: number; readonly max: number }
  | { readonly type: 'choice'; readonly options: readonly string[] }
  | { readonly type: 'list'; readonly item: 'id' | 'timeRange' | 'choice'; readonly options?: readonly string[] }
  | { readonly type: 'text'; readonly maxLength: number };

export interface PolicyKey {
  readonly name: string;
  /** The setting this key sets, or null for an organization-only key. */
  readonly settingPath: string | null;
  readonly kind: PolicyValueKind;
  /** Organization-only keys are mandatory: a "recommended" value of them means nothing. */
  readonly recommendable: boolean;
}

/** Names that read better to an administrator than the derived ones. */
const RENAMED: Readonly<Record<string, string>> = { strict: 'StrictMode', 'exercises.excluded': 'ExcludedExercises', 'exercises.positions': 'ExercisePositions' };

const pascal = (path: string): string =>
  RENAMED[path] ?? path.split('.').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

const kindOf = (control: FieldControl): PolicyValueKind => {
  switch (control.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', min: control.min, max: control.max };
    case 'choice':
      return { type: 'choice', options: control.options };
    case 'choices':
      return { type: 'list', item: 'choice', options: control.options };
    case 'idList':
      return { type: 'list', item: 'id' };
    case 'timeRanges':
      return { type: 'list', item: 'timeRange' };
  }
};

const settingKey = (field: SettingField): PolicyKey => ({
  name: pascal(field.path),
  settingPath: field.path,
  kind: kindOf(field.control),
  recommendable: true,
});

const MAX_PAUSE_MINUTES = 1_440;
const BREAK_SECONDS = { min: 10, max: 3_600 };

/** What each one does is worded for administrators in main/policy/templates/locales/adml.<language>.json. */
const admin = (name: string, kind: PolicyValueKind): PolicyKey => ({ name, settingPath: null, kind, recommendable: false });

export const ADMIN_KEYS: readonly PolicyKey[] = [
  admin('AdminContactName', { type: 'text', maxLength: 200 }),
  admin('AdminContactUrl', { type: 'text', maxLength: 500 }),
  admin('AdminContactEmail', { type: 'text', maxLength: 200 }),
  admin('AllowQuit', { type: 'boolean' }),
  admin('AllowPause', { type: 'boolean' }),
  admin('MaxPauseMinutes', { type: 'integer', min: 5, max: MAX_PAUSE_MINUTES }),
  admin('MinMicroBreakSeconds', { type: 'integer', ...BREAK_SECONDS }),
  admin('MinRoutineBreakSeconds', { type: 'integer', ...BREAK_SECONDS }),
  admin('ExercisePack', { type: 'text', maxLength: 1_000 }),
  admin('DisabledExercises', { type: 'list', item: 'id' }),
  admin('UpdateChecks', { type: 'boolean' }),
];

export const POLICY_KEYS: readonly PolicyKey[] = [...SETTING_FIELDS.map(settingKey), ...ADMIN_KEYS];

const BY_NAME = new Map(POLICY_KEYS.map((key) => [key.name.toLowerCase(), key]));

/** Registry value names are case-insensitive, so every source is matched that way. */
export const policyKey = (name: string): PolicyKey | undefined => BY_NAME.get(name.toLowerCase());

/** A policy list item "09:00-12:30" as the settings' { from, to }; anything else is left for the schema to refuse. */
export { parseTimeRange } from '../shared/clockTime';

/** Registry DWORDs carry booleans as 0 and 1. */
export const booleanFromPolicy = z.union([z.boolean(), z.literal(0).transform(() => false), z.literal(1).transform(() => true)]);
