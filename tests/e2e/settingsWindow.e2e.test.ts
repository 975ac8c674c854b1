import { IntlMessageFormat } from 'intl-messageformat';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_POLICY, type PolicyLayers } from '../../main/core/policy/policyLayers';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { fitProblems } from './support/fit';
import type { StorageNotice } from '../../main/core/shared/storageNotice';
import settingsAr from '../../renderer/src/i18n/locales/settings.ar.json';
import { said } from './support/languages';
import { openRenderer, rendererInChromium, seriousAccessibilityViolations, type RendererOptions } from './support/browser';

const CONTACT = { name: 'IT Service Desk', url: 'https://help.example.com/breakwise', email: 'it@example.com' };

/** The Arabic refusal of 5 minutes for the longest sitting stretch, formatted from its file by ICU itself. */
const arabicRefusal = new IntlMessageFormat(settingsAr.refused, 'ar').format({ reason: new IntlMessageFormat(settingsAr.refusal.range, 'ar').format({ min: 20, max: 480 }) }) as string;

const preferencesWith = (policy: Partial<PolicyLayers> = {}, storageNotices: readonly StorageNotice[] = []) =>
  new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy({ ...NO_POLICY, ...policy }), () => 0, storageNotices);

/** Every window in this file is the settings window, on a real preferences service answering in Node. */
describe('the settings window in Chromium', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });
  const open = async (preferences: PreferencesService, options: Omit<RendererOptions, 'now' | 'preferences' | 'hash'> = {}): Promise<Page> => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#settings', preferences, ...options });
    // The h1 is there before the settings are; the first section heading comes with them.
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    return page;
  };

  const section = (page: Page, name: string) => page.locator('.settings-nav').getByRole('button', { name, exact: true }).click();

  it('shows one section at a time, chosen in a list beside it, each about one window tall', async () => {
    const preferences = preferencesWith();
    preferences.set('workingHours.enabled', true);
    preferences.set('exercises.positions', ['seated', 'standing', 'walking', 'floor']);
    const page = await open(preferences, { viewport: { width: 760, height: 820 } });
    const nav = page.getByRole('navigation', { name: 'Settings sections' });
    const names = await nav.getByRole('button').allTextContents();
    expect(names).toEqual(['Breaks', 'Working hours', 'Exercises', 'Goal and streak', 'Meetings', 'Sound and appearance', 'Start at login', 'Advanced']);
    for (const name of names) {
      await section(page, name);
      await expect(page.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual([name]);
      await expect(nav.getByRole('button', { name, exact: true }).getAttribute('aria-current')).resolves.toBe('page');
      // Today's single column was about 4,300 px: every section now reads in at most two screens.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, name).toBeLessThanOrEqual(1_640);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }
  });

  it.each([
    ['en', { locale: 'en-US' }],
    ['de', { locale: 'de-DE' }],
    ['pseudo', { locale: 'en-US', search: '?locale=en-XA' }],
  ] as const)('fits every section at its real size (%s), with the week, the floor exercises and the organization\'s details open', async (_name, options) => {
    const preferences = preferencesWith({ enforced: { strict: true }, adminContact: CONTACT, problems: [{ source: 'HKLM\\SOFTWARE\\Policies\\Breakwise', key: 'nightMode', reason: 'is not a Breakwise policy key' }] });
    preferences.set('workingHours.enabled', true);
    preferences.set('workingHours.days.saturday', [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '24:00' }]);
    preferences.set('exercises.positions', ['seated', 'standing', 'walking', 'floor']);
    const page = await open(preferences, { viewport: { width: 760, height: 820 }, ...options });
    await page.locator('.policy summary').click();
    const buttons = page.locator('.settings-nav button');
    for (let index = 0; index < (await buttons.count()); index += 1) {
      await buttons.nth(index).click();
      expect(await fitProblems(page, { scrollsVertically: true }), await buttons.nth(index).textContent() ?? '').toEqual([]);
    }
  });

  it('moves along the sections with the arrow keys, Home and End, with one Tab stop', async () => {
    const page = await open(preferencesWith());
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', current: document.activeElement?.getAttribute('aria-current') ?? null, outline: getComputedStyle(document.activeElement ?? document.body).outlineStyle }));
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toEqual({ text: 'Breaks', current: 'page', outline: 'solid' });
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toEqual({ text: 'Working hours', current: 'page', outline: 'solid' });
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Working hours');
    await page.keyboard.press('End');
    await expect(focused()).resolves.toMatchObject({ text: 'Advanced', current: 'page' });
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toMatchObject({ text: 'Breaks', current: 'page' });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    await expect(focused()).resolves.toMatchObject({ text: 'Breaks', current: 'page' });
    // Tab leaves the list for the section's first setting.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('setting-microBreak-enabled');
  });

  it('shows a managed setting locked, with whom to ask', async () => {
    const page = await open(preferencesWith({ enforced: { strict: true }, adminContact: CONTACT }));
    const strict = page.getByRole('checkbox', { name: 'Strict mode: breaks cannot be snoozed or skipped' });
    await expect(strict.isDisabled()).resolves.toBe(true);
    await expect(strict.isChecked()).resolves.toBe(true);
    const note = page.locator('#setting-strict-note');
    await expect(note.textContent()).resolves.toMatch(/^Managed by your organization Ask \u2068IT Service Desk\u2069:/);
    await expect(note.getByRole('link', { name: CONTACT.url }).getAttribute('href')).resolves.toBe(CONTACT.url);
    await expect(note.getByRole('link', { name: CONTACT.email }).getAttribute('href')).resolves.toBe(`mailto:${CONTACT.email}`);
    await expect(strict.getAttribute('aria-describedby')).resolves.toBe('setting-strict-note');
  });

  it('with strict mode on, shows skipping and snoozing as overridden and not editable', async () => {
    const page = await open(preferencesWith({ enforced: { strict: true } }));
    const skip = page.getByRole('checkbox', { name: 'Allow skipping a break' });
    await expect(skip.isDisabled()).resolves.toBe(true);
    await expect(skip.isChecked()).resolves.toBe(false);
    for (const control of [skip, page.getByRole('spinbutton', { name: 'Snooze length' }), page.getByRole('spinbutton', { name: 'Snoozes allowed per break' })]) {
      await expect(control.isDisabled()).resolves.toBe(true);
      const note = await control.getAttribute('aria-describedby');
      await expect(page.locator(`[id="${note?.split(' ').at(-1) ?? ''}"]`).textContent()).resolves.toBe('Strict mode is on: breaks cannot be snoozed or skipped.');
    }
  });

  it('shows minute-long durations in minutes and short ones in seconds, and stores seconds', async () => {
    const preferences = preferencesWith();
    const page = await open(preferences);
    const routine = page.getByRole('spinbutton', { name: 'Length of a movement routine' });
    await expect(routine.inputValue()).resolves.toBe('3');
    await expect(page.locator('#setting-routineBreak-durationSeconds-hint').textContent()).resolves.toBe('1–60 minutes');
    await expect(page.locator('#setting-microBreak-durationSeconds-hint').textContent()).resolves.toBe('10–3,600 seconds');
    await routine.fill('5');
    await routine.press('Enter');
    await expect.poll(() => preferences.settings.routineBreak.durationSeconds).toBe(300);
    await section(page, 'Advanced');
    await expect(page.locator('#setting-idle-naturalBreakAfterSeconds-hint').textContent()).resolves.toBe('1–240 minutes');
    await page.getByText('Short pauses under 2 minutes still count as sitting.').waitFor();
    await page.getByText('Being away for 5 minutes or more counts as a break.').waitFor();
  });

  it('shows the days of the week only when working hours are on, one row a day', async () => {
    const preferences = preferencesWith();
    const page = await open(preferences, { viewport: { width: 760, height: 820 } });
    await section(page, 'Working hours');
    await expect(page.getByRole('group', { name: 'Monday' }).count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'Prompt breaks only during working hours' }).click();
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    // Each day is one row: its "Add" button sits on it, at most one short row below the day before.
    const adds = await Promise.all(days.map((day) => page.getByRole('button', { name: `Add a time range to ${day}` }).boundingBox()));
    const tops = adds.map((box) => box?.y ?? Infinity);
    for (let day = 1; day < tops.length; day += 1) expect((tops[day] ?? Infinity) - (tops[day - 1] ?? 0)).toBeLessThan(60);
    // The whole week is in view at once.
    expect((adds.at(-1)?.y ?? Infinity) + (adds.at(-1)?.height ?? 0)).toBeLessThanOrEqual(820);
  });

  it('lists exercises with their drawing, floor ones only when the floor is allowed', async () => {
    const preferences = preferencesWith();
    const page = await open(preferences);
    await section(page, 'Exercises');
    const excluded = page.getByRole('group', { name: 'Exercises to leave out' });
    await expect(excluded.getByRole('checkbox', { name: 'Cat and cow' }).count()).resolves.toBe(0);
    const chinTuck = excluded.locator('label', { hasText: 'Seated chin tuck' });
    await expect(chinTuck.locator('svg[data-illustration="chin-tuck"]').count()).resolves.toBe(1);
    const box = await chinTuck.locator('svg').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(48);
    await page.getByRole('checkbox', { name: 'On the floor (lying down)' }).click();
    await excluded.getByRole('checkbox', { name: 'Cat and cow' }).waitFor();
  });

  it('refuses a value out of range with its reason, and keeps the one in effect', async () => {
    const preferences = preferencesWith();
    const page = await open(preferences);
    const snooze = page.getByRole('spinbutton', { name: 'Snooze length' });
    await snooze.fill('500');
    await snooze.press('Enter');
    const message = page.getByText('Not changed. Choose a number from 1 to 60.');
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

  it("keeps the organization's details behind a disclosure, and hides it from people with no policy", async () => {
    const none = await open(preferencesWith());
    await expect(none.getByText('Managed by your organization — details').count()).resolves.toBe(0);
    await expect(none.getByText(/HKLM|\/etc\/breakwise/).count()).resolves.toBe(0);
    const page = await open(preferencesWith({ problems: [{ source: '/etc/breakwise/policies/managed/policy.json', key: 'nightMode', reason: 'is not a Breakwise policy key' }] }));
    const details = page.getByText('/etc/breakwise/policies/managed/policy.json');
    await expect(details.isVisible()).resolves.toBe(false);
    await page.getByText('Managed by your organization — details').click();
    await details.waitFor();
  });

  it('lists in the policy view a policy value that was not used, and a policy problem, with their reasons', async () => {
    const page = await open(
      preferencesWith({
        enforced: { 'snooze.minutes': 500 },
        problems: [{ source: 'HKLM\\SOFTWARE\\Policies\\Breakwise', key: 'nightMode', reason: 'is not a Breakwise policy key' }],
      }),
    );
    await page.getByText('Managed by your organization — details').click();
    const policy = page.getByRole('region', { name: 'Managed by your organization — details' });
    // The details are built when the disclosure opens.
    await policy.getByRole('heading', { name: '1 value was not used' }).waitFor();
    await expect(policy.getByRole('row', { name: /^Snooze length/ }).textContent()).resolves.toBe('Snooze length500 minutesManaged by your organizationToo big: expected number to be <=60');
    await expect(policy.getByRole('row', { name: /^HKLM/ }).textContent()).resolves.toBe('HKLM\\SOFTWARE\\Policies\\BreakwisenightModeis not a Breakwise policy key');
  });

  it('speaks German', async () => {
    const page = await open(preferencesWith({ enforced: { strict: true } }), { locale: 'de-DE' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Breakwise-Einstellungen');
    await expect(page.locator('#setting-strict-note').textContent()).resolves.toMatch(/^Von Ihrer Organisation verwaltet/);
    await expect(page.getByText('1–60 Minuten', { exact: true }).first().isVisible()).resolves.toBe(true);
    const grace = page.getByRole('spinbutton', { name: 'Dauer einer Haltungspause' });
    await grace.fill('5');
    await grace.press('Enter');
    await page.getByText('Nicht übernommen. Wählen Sie eine Zahl von 10 bis 3.600.').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
  });

  it.each([
    ['en-US', 'light'],
    ['en-US', 'dark'],
    ['de-DE', 'light'],
    ['de-DE', 'dark'],
    ['ar', 'light'],
    ['ar', 'dark'],
  ] as const)('has no serious or critical accessibility violations (%s, %s), and is photographed at its real size', async (locale, colorScheme) => {
    const preferences = preferencesWith(
      { enforced: { strict: true }, recommended: { 'snooze.minutes': 10 }, adminContact: CONTACT, problems: [{ source: '/etc/breakwise/policy.json', key: 'nightMode', reason: 'is not a Breakwise policy key' }] },
      [{ file: '/home/someone/.config/Breakwise/preferences.json', backup: '/home/someone/.config/Breakwise/preferences.corrupt-1.json', outcome: 'partDefault' }],
    );
    preferences.set('sound.chime', true);
    const page = await open(preferences, { locale, colorScheme, reducedMotion: 'reduce', viewport: { width: 760, height: 820 } });
    const language = locale.slice(0, 2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: chromium.screenshot(`settings-${language}-${colorScheme}`) });
    // A refused value too, so its message is checked.
    await section(page, said(language === 'ar' ? 'ar' : language === 'de' ? 'de' : 'en', 'settings.sections.goal'));
    await page.locator('#setting-goal-maxSittingMinutes').fill('5');
    await page.keyboard.press('Enter');
    const refusal = { en: 'Not changed. Choose a number from 20 to 480.', de: 'Nicht übernommen. Wählen Sie eine Zahl von 20 bis 480.', ar: arabicRefusal }[language === 'ar' || language === 'de' ? language : 'en'];
    await page.locator('#setting-goal-maxSittingMinutes-error').getByText(refusal, { exact: true }).waitFor();
    // The refused field is marked in a colour of its own, not only by its message.
    await expect(page.locator('#setting-goal-maxSittingMinutes').evaluate((input) => getComputedStyle(input).borderTopStyle)).resolves.toBe('solid');
    await page.locator('.policy summary').click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: chromium.screenshot(`settings-${language}-${colorScheme}-goal`) });
    if (language === 'en' && colorScheme === 'light') {
      await section(page, 'Working hours');
      await page.getByRole('checkbox', { name: 'Prompt breaks only during working hours' }).click();
      await page.getByRole('group', { name: 'Sunday', exact: true }).waitFor();
      await page.screenshot({ path: chromium.screenshot('settings-en-light-hours') });
      await section(page, 'Exercises');
      await page.screenshot({ path: chromium.screenshot('settings-en-light-exercises') });
      await section(page, 'Advanced');
      await page.screenshot({ path: chromium.screenshot('settings-en-light-advanced') });
    }
  });
});
