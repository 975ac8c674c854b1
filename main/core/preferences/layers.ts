import type { z } from 'zod';
import { SETTINGS_CONSTRAINTS, settingsFieldsSchema, type Settings } from '../settings';
import { settingField } from './settingFields';
import { nestValues, type FlatValues } from './settingPaths';

/**
 * Layered settings: default < recommended (policy) < user < enforced (policy).
 *
 * Each value is checked on its own first (type and range), so one bad value never takes the
 * others with it. Then the cross-field rules are checked on the merged result; when one is
 * broken, the value from the lowest layer involved gives way — a person's choice yields to
 * what the organization enforces, never the other way round. Every value that gives way is
 * returned with its reason, for the settings window and the policy report.
 */

export const LAYER_ORDER = ['recommended', 'user', 'enforced'] as const;
export type LayerName = (typeof LAYER_ORDER)[number];
export type SettingSource = 'default' | LayerName;
export type SettingsLayers = Readonly<Record<LayerName, FlatValues>> & {
  /** The organization's lowest allowed values (minimum break lengths), by setting path. */
  readonly minimums?: Readonly<Record<string, number>>;
};

export const NO_LAYERS: SettingsLayers = { recommended: {}, user: {}, enforced: {} };

export interface Rejection {
  readonly layer: LayerName;
  readonly path: string;
  readonly value: unknown;
  readonly reason: string;
}

export interface ResolvedSettings {
  readonly settings: Settings;
  /** Where each setting's effective value came from; "enforced" is what the UI shows as managed. */
  readonly sources: Readonly<Record<string, SettingSource>>;
  readonly rejected: readonly Rejection[];
}

const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  if (issue === undefined) return 'is not valid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
};

function checkEach(layers: SettingsLayers, rejected: Rejection[]): Map<string, { layer: LayerName; value: unknown }[]> {
  const candidates = new Map<string, { layer: LayerName; value: unknown }[]>();
  for (const layer of LAYER_ORDER) {
    for (const [path, value] of Object.entries(layers[layer])) {
      const field = settingField(path);
      if (field === undefined) {
        rejected.push({ layer, path, value, reason: 'is not a Breakwise setting' });
        continue;
      }
      const parsed = field.schema.safeParse(value);
      const minimum = layers.minimums?.[path];
      if (!parsed.success) rejected.push({ layer, path, value, reason: firstIssue(parsed.error) });
      else if (minimum !== undefined && typeof parsed.data === 'number' && parsed.data < minimum) rejected.push({ layer, path, value, reason: `is below the organization's minimum of ${minimum}` });
      else candidates.set(path, [...(candidates.get(path) ?? []), { layer, value: parsed.data }]);
    }
  }
  raiseToMinimums(layers.minimums ?? {}, candidates);
  return candidates;
}

/** A default below the organization's minimum is lifted to it, and counts as enforced. */
function raiseToMinimums(minimums: Readonly<Record<string, number>>, candidates: Map<string, { layer: LayerName; value: unknown }[]>): void {
  for (const [path, minimum] of Object.entries(minimums)) {
    const field = settingField(path);
    if (field === undefined || (candidates.get(path)?.length ?? 0) > 0) continue;
    if (typeof field.defaultValue === 'number' && field.defaultValue < minimum) candidates.set(path, [{ layer: 'enforced', value: minimum }]);
  }
}

const LAYER_RANK: Record<SettingSource, number> = { default: 0, recommended: 1, user: 2, enforced: 3 };

export function resolveSettings(layers: SettingsLayers): ResolvedSettings {
  const rejected: Rejection[] = [];
  const candidates = checkEach(layers, rejected);
  const top = (path: string) => candidates.get(path)?.at(-1);
  const rankOf = (path: string): number => LAYER_RANK[top(path)?.layer ?? 'default'];
  // Each round either succeeds or drops one value, so this ends within the number of values.
  for (;;) {
    const chosen = Object.fromEntries([...candidates.keys()].flatMap((path) => (top(path) === undefined ? [] : [[path, top(path)?.value]])));
    // Every value passed its own schema, so only the cross-field rules can fail here.
    const settings: Settings = settingsFieldsSchema.parse(nestValues(chosen));
    const rule = SETTINGS_CONSTRAINTS.find((r) => !r.holds(settings));
    if (rule === undefined) {
      const sources = Object.fromEntries([...candidates.keys()].map((path) => [path, top(path)?.layer ?? 'default'] as const));
      return { settings, sources, rejected };
    }
    const layered = rule.paths.filter((path) => top(path) !== undefined);
    const lowest = Math.min(...layered.map(rankOf));
    const yielding = layered.filter((path) => rankOf(path) === lowest);
    const path = yielding.includes(rule.reportAt) ? rule.reportAt : yielding[0];
    const dropped = path === undefined ? undefined : candidates.get(path)?.pop();
    if (path === undefined || dropped === undefined) throw new Error(`the default settings break the rule "${rule.reportAt} ${rule.message}"`);
    const others = rule.paths.filter((p) => p !== path).join(', ');
    rejected.push({ layer: dropped.layer, path, value: dropped.value, reason: `conflicts with ${others}: ${rule.reportAt} ${rule.message}` });
  }
}

/** The source of one setting; a setting no layer sets comes from the defaults. */
export const sourceOf = (resolved: ResolvedSettings, path: string): SettingSource => resolved.sources[path] ?? 'default';
