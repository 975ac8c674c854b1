import { resolveSettings, type SettingsLayers } from './layers';
import { settingField } from './settingFields';

/**
 * A change the person makes in the settings window. It is refused, with a reason the window
 * shows beside the field, when the setting is managed, the value is out of range, or it would
 * break a rule between settings; a refused change leaves every layer as it was.
 */

export const MANAGED_REASON = 'Managed by your organization';

export type UserChange = { readonly ok: true; readonly layers: SettingsLayers } | { readonly ok: false; readonly reason: string };

/** Set `path` to `value` in the user layer, or (value `undefined`) go back to the organization's or default value. */
export function changeUserSetting(layers: SettingsLayers, path: string, value: unknown): UserChange {
  const field = settingField(path);
  if (field === undefined) return { ok: false, reason: `"${path}" is not a Breakwise setting` };
  const enforcedNow = resolveSettings(layers).sources[path] === 'enforced';
  if (enforcedNow) return { ok: false, reason: MANAGED_REASON };
  const rest = Object.fromEntries(Object.entries(layers.user).filter(([key]) => key !== path));
  const next: SettingsLayers = { ...layers, user: value === undefined ? rest : { ...rest, [path]: value } };
  if (value === undefined) return { ok: true, layers: next };
  const refusal = resolveSettings(next).rejected.find((r) => r.layer === 'user' && r.path === path);
  return refusal === undefined ? { ok: true, layers: next } : { ok: false, reason: refusal.reason };
}
