import { describe, expect, it } from 'vitest';
import { NO_POLICY } from '../../main/core/policy/policyLayers';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import { resolveSettings } from '../../main/core/preferences/layers';
import { SETTING_FIELDS } from '../../main/core/preferences/settingFields';
import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { policyReport } from '../../main/policy/policyReport';

const LINUX_FILE = '/etc/breakwise/policies/managed/10-site.json';

function reportFor(enforced: Record<string, unknown>, recommended: Record<string, unknown> = {}, user: Record<string, unknown> = {}) {
  const problems = [{ source: '/etc/breakwise/policies/recommended/broken.json', reason: 'ignored: not valid policy JSON: Unexpected end of JSON input' }];
  const policy = resolvePolicy({ enforced, recommended, problems }, LINUX_FILE);
  const resolved = resolveSettings({ recommended: policy.recommended, user, enforced: policy.enforced, minimums: policy.admin.minimums });
  return policyReport(resolved, policy);
}

describe('the policy report', () => {
  it('lists every setting under its policy key, with its effective value and where it came from', () => {
    const report = reportFor({ StrictMode: 1, SnoozeMinutes: 10 }, { MicroBreakEveryMinutes: 25 }, { 'microBreak.everyMinutes': 30, 'sound.chime': true });
    expect(report.settings.map((setting) => setting.path)).toEqual(SETTING_FIELDS.map((field) => field.path));
    const byKey = Object.fromEntries(report.settings.map((setting) => [setting.key, setting]));
    expect(byKey['StrictMode']).toEqual({ key: 'StrictMode', path: 'strict', value: true, source: 'enforced' });
    expect(byKey['SnoozeMinutes']).toEqual({ key: 'SnoozeMinutes', path: 'snooze.minutes', value: 10, source: 'enforced' });
    expect(byKey['MicroBreakEveryMinutes']).toMatchObject({ value: 30, source: 'user' }); // the person may change a recommendation
    expect(byKey['SoundChime']).toMatchObject({ value: true, source: 'user' });
    expect(byKey['ExcludedExercises']).toEqual({ key: 'ExcludedExercises', path: 'exercises.excluded', value: [], source: 'default' });
    expect(byKey['WorkingHoursDaysMonday']?.value).toEqual(DEFAULT_SETTINGS.workingHours.days.monday);
  });

  it('shows the organization-only rules with the admin contact', () => {
    const report = reportFor({ AllowQuit: false, MaxPauseMinutes: 60, MinMicroBreakSeconds: 45, AdminContactName: 'IT Service Desk', AdminContactEmail: 'it@example.com' });
    expect(report.admin).toEqual({
      allowQuit: false,
      allowPause: true,
      maxPauseMinutes: 60,
      updateChecks: false,
      exercisePack: null,
      disabledExercises: [],
      minimums: { 'microBreak.durationSeconds': 45 },
      adminContact: { name: 'IT Service Desk', email: 'it@example.com' },
    });
    // The minimum lifts the default, and counts as enforced.
    expect(report.settings.find((setting) => setting.key === 'MicroBreakDurationSeconds')).toMatchObject({ value: 45, source: 'enforced' });
  });

  it('lists every refused policy value with its key, level, source and reason — from the readers, the resolver and the layering', () => {
    const report = reportFor({ StrictMode: 'yes', Colour: 'blue', SnoozeMinutes: 500, IdlePauseAfterSeconds: 600 }, { AllowQuit: false });
    expect(report.rejected).toEqual([
      { key: '(all keys)', source: '/etc/breakwise/policies/recommended/broken.json', reason: 'ignored: not valid policy JSON: Unexpected end of JSON input' },
      { key: 'AllowQuit', source: LINUX_FILE, level: 'recommended', reason: 'recommended: can only be set as a mandatory (enforced) policy' },
      { key: 'StrictMode', source: LINUX_FILE, level: 'enforced', reason: expect.stringMatching(/^enforced: "yes" /) },
      { key: 'Colour', source: LINUX_FILE, level: 'enforced', reason: 'enforced: not a Breakwise policy key' },
      { key: 'SnoozeMinutes', level: 'enforced', value: 500, reason: expect.stringMatching(/^snooze\.minutes .*60/) },
      { key: 'IdlePauseAfterSeconds', level: 'enforced', value: 600, reason: expect.stringMatching(/^idle\.pauseAfterSeconds conflicts with idle\.naturalBreakAfterSeconds/) },
    ]);
  });

  it('leaves out values the person chose that gave way: they are not policy', () => {
    const report = reportFor({ NoticeSeconds: 120 }, {}, { 'snooze.minutes': 1 });
    expect(report.rejected).toEqual([expect.objectContaining({ key: '(all keys)' })]);
    expect(report.settings.find((setting) => setting.key === 'NoticeSeconds')).toMatchObject({ value: 120, source: 'enforced' });
  });

  it('reports nothing refused and every setting at its default when there is no policy', () => {
    const report = policyReport(resolveSettings({ recommended: {}, user: {}, enforced: {} }), NO_POLICY);
    expect(report.rejected).toEqual([]);
    expect(report.admin.adminContact).toBeNull();
    expect(new Set(report.settings.map((setting) => setting.source))).toEqual(new Set(['default']));
  });
});
