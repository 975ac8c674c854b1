import { z } from 'zod';
import { PLANS } from '../../core/preferences/plans';
import { SETTING_FIELDS, settingField } from '../../core/preferences/settingFields';
import { flattenValues, nestValues } from '../../core/preferences/settingPaths';
import { EMPTY_PREFERENCES, type PreferencesData } from '../../preferences/preferencesData';
import type { DocumentDefinition } from '../documentStore';
import { isPlainObject } from '../../core/shared/plainObject';

/**
 * preferences.json: what the person changed (the user layer), the first-run choice and a
 * running pause. Layouts:
 *   v1  Breakwise 0.1.0 kept only the pause, in pause.json: { "pause": { "untilWallMs" } | null }
 *   v2  { settings, firstRun, pause } in preferences.json
 * Each setting is checked on its own, so one hand-edited bad value costs only that value.
 */
export const PREFERENCES_VERSION = 2;
export const LEGACY_PAUSE_FILE = 'pause.json';

const LEAF_PATHS = new Set(SETTING_FIELDS.map((field) => field.path));
const firstRunSchema = z.strictObject({ completedAtWallMs: z.number().int().nonnegative(), plan: z.enum(PLANS) }).nullable();
const pauseSchema = z.strictObject({ untilWallMs: z.number().int().nullable() }).nullable();

function parseUserLayer(raw: unknown, problems: string[]): Record<string, unknown> {
  const { values, unknownPaths } = flattenValues(isPlainObject(raw) ? raw : {}, LEAF_PATHS);
  unknownPaths.filter((path) => path !== '(root)' || raw !== undefined).forEach((path) => problems.push(`settings.${path}: not a Breakwise setting, dropped`));
  const kept = Object.entries(values).filter(([path, value]) => {
    const result = settingField(path)?.schema.safeParse(value);
    if (result?.success !== true) problems.push(`settings.${path}: ${result?.error.issues[0]?.message ?? 'invalid'}, dropped`);
    return result?.success === true;
  });
  return nestValues(Object.fromEntries(kept));
}

export function parsePreferences(data: unknown): { value: PreferencesData; problems: string[] } {
  const problems: string[] = [];
  const source = isPlainObject(data) ? data : {};
  if (!isPlainObject(data)) problems.push('preferences: not an object');
  const part = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    const result = schema.safeParse(source[key] ?? fallback);
    if (!result.success) problems.push(`${key}: ${result.error.issues[0]?.message ?? 'invalid'}, dropped`);
    return result.success ? result.data : fallback;
  };
  Object.keys(source).filter((key) => !['settings', 'firstRun', 'pause'].includes(key)).forEach((key) => problems.push(`${key}: unknown, dropped`));
  return {
    value: { settings: parseUserLayer(source.settings, problems), firstRun: part('firstRun', firstRunSchema, null), pause: part('pause', pauseSchema, null) },
    problems,
  };
}

export const preferencesDefinition: DocumentDefinition<PreferencesData> = {
  name: 'preferences',
  version: PREFERENCES_VERSION,
  legacyFile: LEGACY_PAUSE_FILE,
  migrations: [{ to: 2, migrate: (old) => ({ settings: {}, firstRun: null, pause: isPlainObject(old) ? (old.pause ?? null) : null }) }],
  parse: parsePreferences,
  defaults: () => EMPTY_PREFERENCES,
};
