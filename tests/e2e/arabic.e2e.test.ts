import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_TEXTS } from '../../main/exercises/libraryTexts';
import { NOTICE_SIZE } from '../../main/windows/noticeWindow';
import { historyServiceWith } from '../support/historyBridge';
import { SAMPLE_DAYS } from '../support/historyDays';
import { movementRoutineSession, noticeSession, TEST_NOW, TEST_TODAY } from '../support/sessions';
import { openRenderer, rendererInChromium, seriousAccessibilityViolations, type RendererOptions } from './support/browser';
import { said } from './support/languages';

/**
 * Every window in Arabic, as a person reading it sees it: laid out from the right (the page's
 * `dir`, and logical CSS properties everywhere), clean for axe in both colour schemes, and
 * photographed (artifacts/screenshots/ar-*.png). The drawings are the one thing not mirrored: a
 * cue that says "left" must show the person's left in every language, so the figure is drawn
 * exactly as in English.
 */

const chromium = rendererInChromium({ beforeAll, afterAll });
const ARABIC: Pick<RendererOptions, 'locale'> = { locale: 'ar' };
const SCHEMES = ['light', 'dark'] as const;

/** The first press: "Forward", 2 s into its hold. */
const FIRST_PRESS_MS = 5_000;

const documentDirection = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, computed: getComputedStyle(document.body).direction }));

/** Every named part of the drawing, placed relative to the drawing's own box: the figure's pose wherever the layout puts it. */
const figurePose = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector('svg.bw-figure');
    if (svg === null) return null;
    const frame = svg.getBoundingClientRect();
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return [...svg.querySelectorAll('[data-part]')].map((part) => {
      const box = part.getBoundingClientRect();
      return { part: part.getAttribute('data-part'), x: round((box.x - frame.x) / frame.width), y: round((box.y - frame.y) / frame.height), width: round(box.width / frame.width) };
    });
  });

const photograph = (page: Page, name: string) => page.screenshot({ path: chromium.screenshot(`ar-${name}`), fullPage: true });

describe('every window in Arabic', () => {
  it.each(SCHEMES)(`the notice (${NOTICE_SIZE.width}×${NOTICE_SIZE.height}) reads from the right: its words at the right, its buttons at the left (%s)`, async (colorScheme) => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { ...noticeSession, kind: 'routine' }, { now: TEST_NOW, viewport: NOTICE_SIZE, colorScheme, ...ARABIC });
    await expect(documentDirection(page)).resolves.toEqual({ lang: 'ar', dir: 'rtl', computed: 'rtl' });
    const heading = await page.getByRole('heading').first().boundingBox();
    const start = await page.getByRole('button', { name: said('ar', 'notice.start') }).boundingBox();
    expect(heading !== null && start !== null && heading.x > start.x + start.width - 1).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await photograph(page, `notice-${colorScheme}`);
    await page.context().close();
  });

  const BREAK_SCREENS: readonly [string, (page: Page) => Promise<unknown>][] = [
    ['position', () => Promise.resolve()],
    ['hold', (page) => page.clock.runFor(FIRST_PRESS_MS)],
    ['hurt', (page) => page.getByRole('button', { name: said('ar', 'player.hurts'), exact: true }).click()],
    ['done', (page) => page.clock.runFor(180_000)],
  ];
  for (const [screen, reach] of BREAK_SCREENS) {
    it.each(SCHEMES)(`the break window (1280×720), ${screen}: right to left, no serious or critical accessibility violation (%s)`, async (colorScheme) => {
      const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutineSession, { now: TEST_NOW, viewport: { width: 1280, height: 720 }, colorScheme, reducedMotion: 'reduce', ...ARABIC });
      await reach(page);
      await expect(documentDirection(page)).resolves.toMatchObject({ dir: 'rtl', computed: 'rtl' });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await photograph(page, `break-${screen}-${colorScheme}`);
      await page.context().close();
    });
  }

  it('shows the neck press drawn exactly as in English, with the Arabic cue for the side it shows', async () => {
    const poses = [];
    for (const locale of ['en', 'ar']) {
      const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutineSession, { now: TEST_NOW, viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', locale });
      await page.clock.runFor(FIRST_PRESS_MS);
      poses.push(await figurePose(page));
      if (locale === 'ar') {
        const cue = LIBRARY_TEXTS.ar['seated-neck-isometrics']?.repetitionCues?.[0] ?? '';
        expect(cue).not.toBe('');
        await page.getByText(cue).first().waitFor();
      }
      await page.context().close();
    }
    const [english, arabic] = poses;
    expect(english?.length).toBeGreaterThan(3);
    expect(arabic).toEqual(english);
  });

  it.each(SCHEMES)('the history window (860×760), with its table: right to left, no serious or critical accessibility violation (%s)', async (colorScheme) => {
    const service = historyServiceWith(SAMPLE_DAYS, TEST_TODAY);
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#history', history: { service, exportTo: () => Promise.resolve(null) }, viewport: { width: 860, height: 760 }, colorScheme, ...ARABIC });
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.getByRole('button', { name: said('ar', 'history.table.show') }).click();
    await expect(documentDirection(page)).resolves.toMatchObject({ dir: 'rtl', computed: 'rtl' });
    // The chart's words and figures stay on the chart, however the page's direction would place them.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('svg.history-chart text')].flatMap((text) => {
        const box = text.getBoundingClientRect();
        const frame = text.closest('svg')?.getBoundingClientRect();
        const inside = frame !== undefined && box.left >= frame.left - 1 && box.right <= frame.right + 1 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
        return inside ? [] : [text.textContent ?? ''];
      }),
    );
    expect(outside).toEqual([]);
    // The table's first column (the date) is at the right, its figures to the left of it, as Arabic reads.
    const row = page.locator('table').last().getByRole('row').nth(1);
    const [date, firstFigure] = await Promise.all([row.locator('th, td').first().boundingBox(), row.locator('td').first().boundingBox()]);
    expect(date !== null && firstFigure !== null && date.x > firstFigure.x).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await photograph(page, `history-${colorScheme}`);
    await page.context().close();
  });

  it.each(SCHEMES)('the welcome window (640×720), with its full safety note open: no serious or critical accessibility violation (%s)', async (colorScheme) => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#welcome', viewport: { width: 640, height: 720 }, colorScheme, ...ARABIC });
    await page.getByRole('radio').first().waitFor();
    await expect(documentDirection(page)).resolves.toMatchObject({ dir: 'rtl', computed: 'rtl' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await photograph(page, `welcome-${colorScheme}`);
    await page.getByRole('button', { name: said('ar', 'welcome.safety.more') }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await photograph(page, `welcome-safety-${colorScheme}`);
    await page.context().close();
  });

  it.each(SCHEMES)('the settings window (760×820), every section: right to left, no serious or critical accessibility violation (%s)', async (colorScheme) => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#settings', viewport: { width: 760, height: 820 }, colorScheme, ...ARABIC });
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await expect(documentDirection(page)).resolves.toMatchObject({ dir: 'rtl', computed: 'rtl' });
    // The list of sections is at the right, the section beside it at the left.
    const [nav, panel] = await Promise.all([page.locator('.settings-nav').boundingBox(), page.locator('.settings-panel').boundingBox()]);
    expect(nav !== null && panel !== null && nav.x > panel.x).toBe(true);
    const sections = page.locator('.settings-nav button');
    for (let index = 0; index < (await sections.count()); index += 1) {
      await sections.nth(index).click();
      expect(await seriousAccessibilityViolations(page), (await sections.nth(index).textContent()) ?? '').toEqual([]);
      await photograph(page, `settings-${index}-${colorScheme}`);
    }
    await page.context().close();
  });
});
