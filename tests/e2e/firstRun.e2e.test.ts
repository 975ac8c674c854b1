import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_POLICY, type PolicyLayers } from '../../main/core/policy/policyLayers';
import { PLAN_VALUES } from '../../main/core/preferences/plans';
import { getAtPath } from '../../main/core/preferences/settingPaths';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { bridgeCalls, openRenderer, rendererInChromium, seriousAccessibilityViolations, type RendererOptions } from './support/browser';

const CONTACT = { name: 'IT Service Desk', url: 'https://help.example.com/breakwise', email: 'it@example.com' };

const preferencesWith = (policy: Partial<PolicyLayers> = {}) => new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy({ ...NO_POLICY, ...policy }), () => 0);

/** Every window in this file is the first-run window, on a real preferences service answering in Node. */
describe('the first-run window in Chromium', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });
  const open = async (preferences: PreferencesService, options: Omit<RendererOptions, 'now' | 'preferences' | 'hash'> = {}): Promise<Page> => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#welcome', preferences, ...options });
    // The h1 is there before the settings are; the plans come with them.
    await page.getByRole('radio').first().waitFor();
    return page;
  };
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  it('is done from the keyboard alone: Tab to the plans, arrows choose, Space unticks start at login, Enter starts', async () => {
    const preferences = preferencesWith();
    const page = await open(preferences);
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toBe('plan-standard');
    // The chosen plan's whole card shows the focus.
    await expect(page.locator('.plan', { has: page.locator('#plan-standard') }).evaluate((card) => getComputedStyle(card).outlineStyle)).resolves.toBe('solid');
    await page.keyboard.press('ArrowDown');
    await expect(focused(page)).resolves.toBe('plan-active');
    await expect(page.getByRole('radio', { name: 'Active' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toBe('welcome-start-at-login');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Start Breakwise');
    await page.keyboard.press('Enter');
    const confirmation = page.getByRole('status');
    await confirmation.getByText(/^You're set\./).waitFor();
    await expect(confirmation.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(bridgeCalls(page)).resolves.toEqual([['completeFirstRun', { plan: 'active', startAtLogin: false }]]);
    for (const [path, value] of Object.entries(PLAN_VALUES.active)) expect(getAtPath(preferences.settings, path), path).toBe(value);
    expect(preferences.settings.startAtLogin).toBe(false);
    expect(preferences.view().firstRunDone).toBe(true);
  });

  it('locks a managed start at login and says whom to ask; the choice sent is the organization’s', async () => {
    const preferences = preferencesWith({ enforced: { startAtLogin: true }, adminContact: CONTACT });
    const page = await open(preferences);
    const login = page.getByRole('checkbox', { name: 'Start Breakwise when I log in' });
    await expect(login.isDisabled()).resolves.toBe(true);
    await expect(login.isChecked()).resolves.toBe(true);
    const note = page.locator('#welcome-start-at-login-note');
    await expect(note.textContent()).resolves.toMatch(/^Managed by your organization Ask \u2068IT Service Desk\u2069:/);
    await expect(login.getAttribute('aria-describedby')).resolves.toBe('welcome-start-at-login-note');
    await page.getByRole('button', { name: 'Start Breakwise' }).click();
    await page.getByRole('status').getByText(/^You're set\./).waitFor();
    await expect(bridgeCalls(page)).resolves.toEqual([['completeFirstRun', { plan: 'standard', startAtLogin: true }]]);
  });

  it('speaks German', async () => {
    const page = await open(preferencesWith(), { locale: 'de-DE' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Willkommen bei Breakwise');
    await expect(page.getByRole('heading', { name: 'Breakwise ist kein medizinischer Rat' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Standard' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
  });

  it.each([
    ['en-US', 'Choose a plan', 'Start Breakwise', 'The full note and every warning sign'],
    ['de-DE', 'Wählen Sie einen Plan', 'Breakwise starten', 'Der vollständige Hinweis und alle Warnzeichen'],
  ] as const)('at its real size (640×720) in %s, leads with the plans and Start, all in view, and the safety note is short with the full text one click away', async (locale, plans, start, more) => {
    const page = await open(preferencesWith(), { locale, viewport: { width: 640, height: 720 } });
    const inView = (name: string, role: 'group' | 'button') =>
      page.getByRole(role, { name, exact: true }).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await expect(inView(plans, 'group')).resolves.toBe(true);
    await expect(inView(start, 'button')).resolves.toBe(true);
    await expect(inView(more, 'button')).resolves.toBe(true);
    // The three plans side by side, none alone on a row.
    const tops = await page.locator('.plan').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // What Breakwise does and the plans come before the safety note.
    const order = await page.evaluate(() => [...document.querySelectorAll('.lead, .plans, .safety')].map((element) => element.className));
    expect(order).toEqual(['lead', 'plans', 'safety']);
    await expect(page.locator('#welcome-red-flags').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: chromium.screenshot(`welcome-640x720-${locale}`) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: chromium.screenshot(`welcome-640x720-${locale}-dark`) });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: more }).click();
    await expect(page.locator('#welcome-red-flags + ul li').count()).resolves.toBe(6);
    await page.screenshot({ path: chromium.screenshot(`welcome-640x720-${locale}-safety-open`), fullPage: true });
    await expect(page.getByRole('button', { name: more }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violations (%s), and is photographed', async (colorScheme) => {
    const page = await open(preferencesWith({ enforced: { startAtLogin: true, 'goal.breaksPerDay': 5 }, adminContact: CONTACT }), {
      colorScheme,
      reducedMotion: 'reduce',
      viewport: { width: 800, height: 900 },
    });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: chromium.screenshot(`welcome-${colorScheme}`), fullPage: true });
    await page.getByRole('button', { name: 'Start Breakwise' }).click();
    await page.getByRole('status').getByText(/^You're set\./).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
