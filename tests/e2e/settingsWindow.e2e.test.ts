import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_POLICY, type PolicyLayers } from '../../main/core/policy/policyLayers';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { openRenderer, rendererInChromium, seriousAccessibilityViolations, type RendererOptions } from './support/browser';

const CONTACT = { name: 'IT Service Desk', url: 'https://help.example.com/breakwise', email: 'it@example.com' };

const preferencesWith = (policy: Partial<PolicyLayers> = {}, storageNotice: string | null = null) =>
  new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy({ ...NO_POLICY, ...policy }), () => 0, storageNotice);

/** Every window in this file is the settings window, on a real preferences service answering in Node. */
describe('the settings window in Chromium', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });
  const open = async (preferences: PreferencesService, options: Omit<RendererOptions, 'now' | 'preferences' | 'hash'> = {}): Promise<Page> => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#settings', preferences, ...options });
    // The h1 is there before the settings are; the first section heading comes with them.
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    return page;
  };

  it('shows a managed setting locked, with whom to ask', async () => {
    const page = await open(preferencesWith({ enforced: { strict: true }, adminContact: CONTACT }));
    const strict = page.getByRole('checkbox', { name: 'Strict mode: breaks cannot be snoozed or skipped' });
    await expect(strict.isDisabled()).resolves.toBe(true);
    await expect(strict.isChecked()).resolves.toBe(true);
    const note = page.locator('#setting-strict-note');
    await expect(note.textContent()).resolves.toMatch(/^Managed by your organization Ask IT Service Desk:/);
    await expect(note.getByRole('link', { name: CONTACT.url }).getAttribute('href')).resolves.toBe(CONTACT.url);
    await expect(note.getByRole('link', { name: CONTACT.email }).getAttribute('href')).resolves.toBe(`mailto:${CONTACT.email}`);
    await expect(strict.getAttribute('aria-describedby')).resolves.toBe('setting-strict-note');
  });

  it('refuses a value out of range with its reason, and keeps the one in effect', async () => {
    const preferences = preferencesWith();
    const page = await open(preferences);
    const snooze = page.getByRole('spinbutton', { name: 'Snooze length' });
    await snooze.fill('500');
    await snooze.press('Enter');
    const message = page.getByText('Not changed: Too big: expected number to be <=60');
    await message.waitFor();
    await expect(snooze.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(snooze.getAttribute('aria-describedby')).resolves.toContain(await message.getAttribute('id'));
    expect(preferences.settings.snooze.minutes).toBe(5);
  });

  it('is usable from the keyboard alone: Tab to a setting, change it, Tab on applies it, Reset goes back, Space ticks', async () => {
    const preferences = preferencesWith();
    const page = await open(preferences);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', outline: getComputedStyle(document.activeElement ?? document.body).outlineStyle }));
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toEqual({ id: 'setting-microBreak-enabled', outline: 'solid' });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toEqual({ id: 'setting-microBreak-everyMinutes', outline: 'solid' });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(preferences.settings.microBreak.everyMinutes).toBe(20);
    await page.keyboard.press('Tab');
    await expect.poll(() => preferences.settings.microBreak.everyMinutes).toBe(22);
    const reset = page.getByRole('button', { name: 'Reset Sitting time between posture resets' });
    await reset.waitFor();
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Reset Sitting time between posture resets');
    await page.keyboard.press('Enter');
    await expect.poll(() => preferences.settings.microBreak.everyMinutes).toBe(20);
    // The Reset button is gone; focus is back on the setting, not lost.
    await expect(focused()).resolves.toEqual({ id: 'setting-microBreak-everyMinutes', outline: 'solid' });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => preferences.settings.microBreak.enabled).toBe(false);
  });

  it('lists in the policy view a policy value that was set aside, and a policy problem, with their reasons', async () => {
    const page = await open(
      preferencesWith({
        enforced: { 'snooze.minutes': 500 },
        problems: [{ source: 'HKLM\\SOFTWARE\\Policies\\Breakwise', key: 'nightMode', reason: 'is not a Breakwise policy key' }],
      }),
    );
    const policy = page.getByRole('region', { name: 'Policy' });
    await expect(policy.getByRole('heading', { name: '1 value was set aside' }).isVisible()).resolves.toBe(true);
    await expect(policy.getByRole('row', { name: /^Snooze length/ }).textContent()).resolves.toBe('Snooze length500 minutesManaged by your organizationToo big: expected number to be <=60');
    await expect(policy.getByRole('row', { name: /^HKLM/ }).textContent()).resolves.toBe('HKLM\\SOFTWARE\\Policies\\BreakwisenightModeis not a Breakwise policy key');
  });

  it('speaks German', async () => {
    const page = await open(preferencesWith({ enforced: { strict: true } }), { locale: 'de-DE' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Breakwise-Einstellungen');
    await expect(page.locator('#setting-strict-note').textContent()).resolves.toMatch(/^Von Ihrer Organisation verwaltet/);
    await expect(page.getByText('1–60 Minuten', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
  });

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violations (%s), and is photographed', async (colorScheme) => {
    const preferences = preferencesWith(
      { enforced: { strict: true }, recommended: { 'snooze.minutes': 10 }, adminContact: CONTACT, problems: [{ source: '/etc/breakwise/policy.json', key: 'nightMode', reason: 'is not a Breakwise policy key' }] },
      'Your saved settings could not all be read; the old file was kept as settings.broken.json.',
    );
    preferences.set('sound.chime', true);
    const page = await open(preferences, { colorScheme, reducedMotion: 'reduce', viewport: { width: 760, height: 900 } });
    // A refused value too, so its message is checked.
    await page.getByRole('spinbutton', { name: 'Longest stretch of sitting' }).fill('5');
    await page.keyboard.press('Enter');
    await page.getByText(/^Not changed: Too small/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: chromium.screenshot(`settings-${colorScheme}`), fullPage: true });
  });
});
