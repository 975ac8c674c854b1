import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../main/core/settings';
import { LAYER_ORDER, NO_LAYERS, resolveSettings, sourceOf, type LayerName, type SettingsLayers } from '../../../main/core/preferences/layers';
import { SETTING_FIELDS, settingField } from '../../../main/core/preferences/settingFields';
import { getAtPath } from '../../../main/core/preferences/settingPaths';
import { changeUserSetting, MANAGED_REASON } from '../../../main/core/preferences/userChange';

const PATH = 'microBreak.everyMinutes';
const VALUE_OF: Record<LayerName, number> = { recommended: 25, user: 30, enforced: 40 };
const layersWith = (present: readonly LayerName[]): SettingsLayers => ({
  ...NO_LAYERS,
  ...Object.fromEntries(present.map((layer) => [layer, { [PATH]: VALUE_OF[layer] }])),
});

/** Every subset of the three layers, with the layer that must win (the highest present). */
const COMBINATIONS = Array.from({ length: 2 ** LAYER_ORDER.length }, (_, mask) => LAYER_ORDER.filter((_, i) => (mask >> i) & 1));

describe('layered settings', () => {
  it.each(COMBINATIONS.map((present) => [present.join(' + ') || 'no layer', present] as const))(
    'with %s set, the highest layer wins: default < recommended < user < enforced',
    (_name, present) => {
      const resolved = resolveSettings(layersWith(present));
      const winner = present.at(-1);
      expect(resolved.settings.microBreak.everyMinutes).toBe(winner === undefined ? DEFAULT_SETTINGS.microBreak.everyMinutes : VALUE_OF[winner]);
      expect(sourceOf(resolved, PATH)).toBe(winner ?? 'default');
      expect(resolved.rejected).toEqual([]);
    },
  );

  it('walks every field of the schema, each with a default that passes its own rules', () => {
    expect(SETTING_FIELDS.length).toBeGreaterThan(20);
    for (const field of SETTING_FIELDS) {
      expect(field.schema.safeParse(field.defaultValue).success, field.path).toBe(true);
      expect(getAtPath(DEFAULT_SETTINGS, field.path)).toEqual(field.defaultValue);
    }
    expect(settingField('snooze.minutes')?.control).toEqual({ type: 'integer', min: 1, max: 60 });
  });

  it('rejects a bad value key by key, with its reason, and keeps the valid keys of the same layer', () => {
    const resolved = resolveSettings({ ...NO_LAYERS, enforced: { strict: true, 'snooze.minutes': 0, colour: 'blue', 'microBreak.everyMinutes': '20' } });
    expect(resolved.settings.strict).toBe(true);
    expect(sourceOf(resolved, 'strict')).toBe('enforced');
    expect(resolved.settings.snooze.minutes).toBe(DEFAULT_SETTINGS.snooze.minutes);
    expect(resolved.rejected.map((r) => [r.path, r.reason])).toEqual([
      ['snooze.minutes', expect.stringContaining('>=1')],
      ['colour', 'is not a Breakwise setting'],
      ['microBreak.everyMinutes', expect.stringContaining('expected number')],
    ]);
  });

  it('when a rule between settings breaks, the lower layer gives way to the enforced one', () => {
    const resolved = resolveSettings({ ...NO_LAYERS, user: { noticeSeconds: 200 }, enforced: { 'snooze.minutes': 2 } });
    expect(resolved.settings.snooze.minutes).toBe(2);
    expect(resolved.settings.noticeSeconds).toBe(DEFAULT_SETTINGS.noticeSeconds);
    expect(resolved.rejected).toEqual([expect.objectContaining({ layer: 'user', path: 'noticeSeconds', reason: expect.stringContaining('conflicts with snooze.minutes') })]);
  });

  it('a conflicting user value falls back to the recommended one, not straight to the default', () => {
    const resolved = resolveSettings({ recommended: { noticeSeconds: 45 }, user: { noticeSeconds: 250 }, enforced: { 'snooze.minutes': 3 } });
    expect(resolved.settings.noticeSeconds).toBe(45);
    expect(sourceOf(resolved, 'noticeSeconds')).toBe('recommended');
  });
});

describe('a change from the settings window', () => {
  it('is refused for a managed setting, and the layers stay as they were', () => {
    const layers = { ...NO_LAYERS, enforced: { strict: true } };
    expect(changeUserSetting(layers, 'strict', false)).toEqual({ ok: false, reason: MANAGED_REASON });
  });

  it('is refused out of range with the limit in the message', () => {
    const change = changeUserSetting(NO_LAYERS, 'microBreak.durationSeconds', 5);
    expect(change).toEqual({ ok: false, reason: expect.stringContaining('>=10') });
  });

  it('is refused when it would break a rule with another setting', () => {
    const change = changeUserSetting({ ...NO_LAYERS, user: { 'snooze.minutes': 1 } }, 'noticeSeconds', 90);
    expect(change).toEqual({ ok: false, reason: expect.stringContaining('snooze.minutes') });
  });

  it('lands in the user layer and can be taken back to the recommended value', () => {
    const set = changeUserSetting({ ...NO_LAYERS, recommended: { 'goal.breaksPerDay': 6 } }, 'goal.breaksPerDay', 8);
    expect(set.ok && resolveSettings(set.layers).settings.goal.breaksPerDay).toBe(8);
    const back = set.ok ? changeUserSetting(set.layers, 'goal.breaksPerDay', undefined) : set;
    expect(back.ok && resolveSettings(back.layers).settings.goal.breaksPerDay).toBe(6);
  });
});
