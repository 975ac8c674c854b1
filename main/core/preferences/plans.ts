import type { Settings } from '../settings';
import { resolveSettings, type SettingSource, type SettingsLayers } from './layers';
import type { FieldControl } from './settingFields';
import { getAtPath, type FlatValues } from './settingPaths';
import { changeUserSetting } from './userChange';

/**
 * The plans offered on first run. Each is a set of user values over the defaults, so a person
 * can still change any of them later. "Standard" is the evidence-based default of the brief
 * (30 s every 20 min, 3 min every hour); "gentle" stretches the intervals for people who find
 * that too often; "active" adds walking time and a longer routine.
 */
export const PLANS = ['gentle', 'standard', 'active'] as const;
export type Plan = (typeof PLANS)[number];

export const PLAN_VALUES: Readonly<Record<Plan, FlatValues>> = {
  gentle: {
    'microBreak.everyMinutes': 30,
    'microBreak.durationSeconds': 20,
    'routineBreak.everyMinutes': 90,
    'routineBreak.durationSeconds': 120,
    'snooze.maxPerBreak': 3,
    'goal.breaksPerDay': 3,
  },
  standard: {},
  active: {
    'microBreak.everyMinutes': 20,
    'microBreak.durationSeconds': 45,
    'routineBreak.everyMinutes': 45,
    'routineBreak.durationSeconds': 300,
    'snooze.maxPerBreak': 1,
    'goal.breaksPerDay': 6,
  },
};

/**
 * The layers once the person has chosen `plan` (and any further values, such as start at login):
 * each value goes into the user layer as a change the person made, so one the organization
 * manages, or refuses (a minimum break length, a rule between settings), leaves what is in
 * effect as it is.
 */
export function layersWithPlan(layers: SettingsLayers, plan: Plan, more: FlatValues = {}): SettingsLayers {
  let next = layers;
  for (const [path, value] of Object.entries({ ...PLAN_VALUES[plan], ...more })) {
    const change = changeUserSetting(next, path, value);
    if (change.ok) next = change.layers;
  }
  return next;
}

/**
 * What a plan gives under this policy: the settings in effect once it is chosen. The one answer
 * for both the welcome's preview and `completeFirstRun`, which stores `layersWithPlan`.
 */
export const settingsWithPlan = (layers: SettingsLayers, plan: Plan): Settings => resolveSettings(layersWithPlan(layers, plan)).settings;

/** The part of a settings view (preload/views.ts) that says which layer each value comes from. */
export interface LayeredView {
  readonly values: Settings;
  readonly sources: Readonly<Record<string, SettingSource>>;
  readonly fields: readonly { readonly path: string; readonly control: FieldControl }[];
}

/**
 * The layers a settings view stands for, as a window sees them: each value in effect in the
 * layer it came from, and each number's lowest allowed value (an organization's minimum
 * included, see `fieldsWithMinimums`) as a minimum.
 */
export function layersOfView(view: LayeredView): SettingsLayers {
  const layers = { recommended: {} as Record<string, unknown>, user: {} as Record<string, unknown>, enforced: {} as Record<string, unknown> };
  const minimums: Record<string, number> = {};
  for (const { path, control } of view.fields) {
    const source = view.sources[path] ?? 'default';
    if (source !== 'default') layers[source][path] = getAtPath(view.values, path);
    if (control.type === 'integer') minimums[path] = control.min;
  }
  return { ...layers, minimums };
}
