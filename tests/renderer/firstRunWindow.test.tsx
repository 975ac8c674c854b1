// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_POLICY, type PolicyLayers } from '../../main/core/policy/policyLayers';
import { PLAN_VALUES, PLANS, type Plan } from '../../main/core/preferences/plans';
import { getAtPath } from '../../main/core/preferences/settingPaths';
import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { App } from '../../renderer/src/App';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { createTestBridge } from './testBridge';

const CONTACT = { name: 'IT Service Desk', email: 'it@example.com' };

const preferencesWith = (policy: Partial<PolicyLayers> = {}) => new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy({ ...NO_POLICY, ...policy }), () => 0);

async function show(preferences = preferencesWith(), locale: 'en' | 'de' = 'en') {
  const bridge = createTestBridge({ mode: 'idle' }, preferences);
  render(
    <I18nextProvider i18n={await createI18n(locale)}>
      <App bridge={bridge} route="#welcome" />
    </I18nextProvider>,
  );
  // Generous: the machine may be busy building or running Chromium for other test files.
  await screen.findAllByRole('radio', {}, { timeout: 10_000 });
  return { bridge, user: userEvent.setup() };
}

/** A plan's value of a setting: the plan's own, or the default it leaves alone. */
const planValue = (plan: Plan, path: string): unknown => PLAN_VALUES[plan][path] ?? getAtPath(DEFAULT_SETTINGS, path);

const PLAN_NAMES: Record<Plan, string> = { gentle: 'Gentle', standard: 'Standard', active: 'Active' };

describe('the first-run window', () => {
  afterEach(cleanup);

  it('welcomes, and says plainly that Breakwise is not medical advice, when to stop and when to see a professional', async () => {
    await show();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Welcome to Breakwise']);
    const safety = screen.getByRole('region', { name: 'Breakwise is not medical advice' });
    // Short and visible: stop what hurts, the main warning signs; the full note one click away.
    expect(within(safety).getByText(/^Stop any exercise that makes pain worse\. Numbness, new weakness, dizziness/)).toBeVisible();
    const more = within(safety).getByRole('button', { name: 'The full note and every warning sign' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(within(safety).queryByRole('list')).toBeNull();
    await userEvent.setup().click(more);
    expect(within(safety).getByRole('button', { name: 'Hide the full note' })).toHaveAttribute('aria-expanded', 'true');
    expect(safety).toHaveTextContent(/They do not diagnose or treat anything, and they do not replace a doctor or physiotherapist\./);
    expect(safety).toHaveTextContent(/If an exercise makes any pain worse, stop\./);
    const redFlags = within(safety).getByRole('list', { name: 'See a doctor or physiotherapist if you notice any of these:' });
    expect(within(redFlags).getAllByRole('listitem').map((li) => li.textContent)).toContain('dizziness when you move your neck');
    expect(document.title).toBe('Welcome to Breakwise');
  });

  it('offers the three plans with Standard chosen, each saying what it sets, from the plans and the defaults', async () => {
    await show();
    const group = screen.getByRole('group', { name: 'Choose a plan' });
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([...PLANS]);
    expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked();
    for (const plan of PLANS) {
      const radio = screen.getByRole('radio', { name: PLAN_NAMES[plan] });
      const routineMinutes = (planValue(plan, 'routineBreak.durationSeconds') as number) / 60;
      expect(radio).toHaveAccessibleDescription(
        expect.stringContaining(
          `Posture reset: ${String(planValue(plan, 'microBreak.durationSeconds'))} seconds every ${String(planValue(plan, 'microBreak.everyMinutes'))} minutes of sitting ` +
            `Movement routine: ${routineMinutes} ${routineMinutes === 1 ? 'minute' : 'minutes'} every ${String(planValue(plan, 'routineBreak.everyMinutes'))} minutes ` +
            `Daily goal: ${String(planValue(plan, 'goal.breaksPerDay'))} breaks`,
        ),
      );
    }
    expect(screen.getByRole('radio', { name: 'Gentle' })).toHaveAccessibleDescription(/Snooze up to 3 times per break$/);
  });

  it.each(PLANS)('saves the %s plan in the preferences, with start at login, and says the person is set', async (plan) => {
    const { bridge, user } = await show();
    expect(bridge.preferences.view().firstRunDone).toBe(false);
    await user.click(screen.getByRole('radio', { name: PLAN_NAMES[plan] }));
    expect(screen.getByRole('checkbox', { name: 'Start Breakwise when I log in' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start Breakwise' }));
    const confirmation = await screen.findByText(/^You're set\./);
    expect(confirmation).toHaveAttribute('role', 'status');
    expect(confirmation).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Start Breakwise' })).toBeNull();
    const settings = bridge.preferences.settings;
    for (const path of Object.keys(PLAN_VALUES.active)) expect(getAtPath(settings, path), path).toBe(planValue(plan, path));
    expect(settings.startAtLogin).toBe(true);
    expect(bridge.preferences.view().firstRunDone).toBe(true);
  });

  it('leaves start at login off when the person unticks it', async () => {
    const { bridge, user } = await show();
    await user.click(screen.getByRole('checkbox', { name: 'Start Breakwise when I log in' }));
    await user.click(screen.getByRole('button', { name: 'Start Breakwise' }));
    await screen.findByText(/^You're set\./);
    expect(bridge.preferences.settings.startAtLogin).toBe(false);
    expect(bridge.preferences.settings.microBreak).toEqual(DEFAULT_SETTINGS.microBreak);
  });

  it('shows a managed start at login locked, says who manages it, and shows managed plan figures as they stay', async () => {
    const { bridge, user } = await show(preferencesWith({ enforced: { startAtLogin: false, 'goal.breaksPerDay': 5 }, adminContact: CONTACT }));
    const login = screen.getByRole('checkbox', { name: 'Start Breakwise when I log in' });
    expect(login).toBeDisabled();
    expect(login).not.toBeChecked();
    expect(login).toHaveAccessibleDescription('Managed by your organization Ask \u2068IT Service Desk\u2069: it@example.com');
    // No plan changes a managed goal: every plan shows the organization's.
    for (const plan of PLANS) {
      expect(screen.getByRole('radio', { name: PLAN_NAMES[plan] })).toHaveAccessibleDescription(expect.stringContaining('Daily goal: 5 breaks (Managed by your organization)'));
    }
    await user.click(screen.getByRole('radio', { name: 'Active' }));
    await user.click(screen.getByRole('button', { name: 'Start Breakwise' }));
    await screen.findByText(/^You're set\./);
    expect(bridge.preferences.settings.startAtLogin).toBe(false);
    expect(bridge.preferences.settings.goal.breaksPerDay).toBe(5);
    expect(bridge.preferences.settings.microBreak.durationSeconds).toBe(PLAN_VALUES.active['microBreak.durationSeconds']);
  });

  it('speaks German', async () => {
    await show(undefined, 'de');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Willkommen bei Breakwise');
    expect(screen.getByRole('region', { name: 'Breakwise ist kein medizinischer Rat' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Sanft' })).toHaveAccessibleDescription(expect.stringContaining('Haltungspause: 20 Sekunden nach je 30 Minuten Sitzen'));
    expect(screen.getByRole('checkbox', { name: 'Breakwise bei der Anmeldung starten' })).toBeChecked();
  });
});
