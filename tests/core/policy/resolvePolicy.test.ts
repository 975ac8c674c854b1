import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../main/core/preferences/layers';
import { POLICY_KEYS, policyKey } from '../../../main/core/policy/policyKeys';
import { resolvePolicy } from '../../../main/core/policy/resolvePolicy';
import { SETTING_FIELDS } from '../../../main/core/preferences/settingFields';

const raw = (enforced: Record<string, unknown>, recommended: Record<string, unknown> = {}) => ({ enforced, recommended, problems: [] });

describe('policy keys', () => {
  it('cover every setting once, plus the organization-only keys, under unique names', () => {
    const settingKeys = POLICY_KEYS.filter((k) => k.settingPath !== null).map((k) => k.settingPath);
    expect(settingKeys.sort()).toEqual(SETTING_FIELDS.map((f) => f.path).sort());
    expect(new Set(POLICY_KEYS.map((k) => k.name.toLowerCase())).size).toBe(POLICY_KEYS.length);
    expect(policyKey('strictmode')?.settingPath).toBe('strict');
    expect(policyKey('MicroBreakEveryMinutes')?.settingPath).toBe('microBreak.everyMinutes');
  });
});

describe('mapping policy onto settings', () => {
  it('puts enforced and recommended values on their settings, converting registry booleans and time ranges', () => {
    const policy = resolvePolicy(raw({ StrictMode: 1, WorkingHoursDaysMonday: ['08:00-12:00', '13:00-17:30'] }, { MicroBreakEveryMinutes: 25 }));
    expect(policy.enforced).toEqual({ strict: true, 'workingHours.days.monday': [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:30' }] });
    expect(policy.recommended).toEqual({ 'microBreak.everyMinutes': 25 });
    expect(policy.problems).toEqual([]);
  });

  it('refuses each bad key with a reason and still applies the good ones', () => {
    const policy = resolvePolicy(raw({ StrictMode: 'yes', Colour: 'blue', AllowQuit: false, MaxPauseMinutes: 2, AdminContactEmail: 'not-an-email', AdminContactName: 'IT Help Desk' }, { AllowPause: false }));
    expect(policy.admin.allowQuit).toBe(false);
    expect(policy.admin.allowPause).toBe(true);
    expect(policy.adminContact).toEqual({ name: 'IT Help Desk' });
    expect(policy.problems.map((p) => p.key)).toEqual(['AllowPause', 'StrictMode', 'Colour', 'MaxPauseMinutes', 'AdminContactEmail']);
    expect(policy.problems.every((p) => p.reason.length > 10)).toBe(true);
  });

  it('lets a setting value pass to the layering, which refuses it out of range with the setting named', () => {
    const policy = resolvePolicy(raw({ SnoozeMinutes: 500 }));
    const resolved = resolveSettings({ recommended: policy.recommended, user: {}, enforced: policy.enforced, minimums: policy.admin.minimums });
    expect(resolved.rejected).toEqual([expect.objectContaining({ layer: 'enforced', path: 'snooze.minutes', reason: expect.stringContaining('<=60') })]);
  });

  it('holds breaks to the minimum length: the default is lifted, and a shorter user value refused', () => {
    const policy = resolvePolicy(raw({ MinMicroBreakSeconds: 45 }));
    const layers = { recommended: {}, enforced: {}, minimums: policy.admin.minimums };
    expect(resolveSettings({ ...layers, user: {} }).settings.microBreak.durationSeconds).toBe(45);
    const refused = resolveSettings({ ...layers, user: { 'microBreak.durationSeconds': 20 } });
    expect(refused.rejected).toEqual([expect.objectContaining({ path: 'microBreak.durationSeconds', reason: "is below the organization's minimum of 45" })]);
    expect(resolveSettings({ ...layers, user: { 'microBreak.durationSeconds': 60 } }).settings.microBreak.durationSeconds).toBe(60);
  });
});
