import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DaySummary } from '../../main/core/history/daySummary';
import { HISTORY_CSV_HEADER, hurtExercisesField } from '../../main/core/history/historyExport';
import type { HistoryService } from '../../main/history/historyService';
import { NO_POLICY } from '../../main/core/policy/policyLayers';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { memoryDocument } from '../../main/store/memoryDocument';
import { historyServiceWith } from '../support/historyBridge';
import { SAMPLE_DAYS } from '../support/historyDays';
import { TEST_TODAY } from '../support/sessions';
import { bridgeCalls, openRenderer, rendererInChromium, seriousAccessibilityViolations, type RendererOptions } from './support/browser';

/** Stands in for main's save dialog and file write: the export text, written to a real file in a fresh directory. */
function exportToTempFiles(service: HistoryService) {
  const directory = mkdtempSync(join(tmpdir(), 'breakwise-export-'));
  return async (format: 'csv' | 'json'): Promise<string> => {
    const path = join(directory, `history.${format}`);
    writeFileSync(path, service.exportText(format), 'utf8');
    return path;
  };
}

/** An RFC 4180 file without quoted fields (dates and counts need none): rows of fields, CRLF-ended. */
function parseCsv(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text).not.toContain('"');
  return text.slice(0, -2).split('\r\n').map((line) => line.split(','));
}

/** A day as CSV columns name it: check-ins flattened. */
const csvValues = (day: DaySummary): Record<string, string | number> => ({
  ...day,
  hurtExercises: hurtExercisesField(day.hurtExercises),
  checkIns: '',
  checkInsBetter: day.checkIns.better,
  checkInsSame: day.checkIns.same,
  checkInsWorse: day.checkIns.worse,
});

/** Every window in this file is the history window, on the real history service answering in Node. */
describe('the history window in Chromium', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });
  const open = async (service: HistoryService, options: Omit<RendererOptions, 'now' | 'history' | 'hash'> = {}): Promise<Page> => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#history', history: { service, exportTo: exportToTempFiles(service) }, ...options });
    // The h1 is there before the history is; the section headings come with it.
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    return page;
  };

  it('exports CSV and JSON files that parse back to the days shown', async () => {
    const service = historyServiceWith(SAMPLE_DAYS, TEST_TODAY);
    const page = await open(service);
    const days = service.view().days;
    expect(days.map((d) => d.date)).toEqual(SAMPLE_DAYS.map((d) => d.date));

    await page.getByRole('button', { name: 'Export CSV…' }).click();
    const csvStatus = page.getByRole('status').filter({ hasText: /^Saved to / });
    await csvStatus.waitFor();
    // The path sits in its sentence between Unicode isolate marks (renderer/src/i18n/isolated.ts).
    const csvPath = (await csvStatus.textContent())?.replace(/^Saved to \u2068(.*)\u2069\.?$/, '$1') ?? '';
    expect(csvPath).toMatch(/^\/.*history\.csv$/);
    const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8'));
    expect(header).toEqual([...HISTORY_CSV_HEADER]);
    expect(rows).toEqual(days.map((day) => HISTORY_CSV_HEADER.map((column) => String(csvValues(day)[column]))));

    await page.getByRole('button', { name: 'Export JSON…' }).click();
    const jsonStatus = page.getByRole('status').filter({ hasText: /history\.json\u2069\.?$/ });
    await jsonStatus.waitFor();
    const jsonPath = (await jsonStatus.textContent())?.replace(/^Saved to \u2068(.*)\u2069\.?$/, '$1') ?? '';
    const document = JSON.parse(readFileSync(jsonPath, 'utf8')) as { format: string; version: number; days: DaySummary[] };
    expect(document.format).toBe('breakwise-history');
    expect(document.days).toEqual(days);
    expect(await bridgeCalls(page)).toEqual([
      ['exportHistory', { format: 'csv' }],
      ['exportHistory', { format: 'json' }],
    ]);
    await expect(page.getByRole('alert').textContent()).resolves.toBe('');
  });

  it('draws the chart and keeps the same numbers in a table a screen reader reaches, shown on screen from the keyboard', async () => {
    const page = await open(historyServiceWith(SAMPLE_DAYS, TEST_TODAY), { viewport: { width: 760, height: 900 } });
    const chart = page.getByRole('img', { name: /^Chart of the 30 days from Feb 1 to Mar 2: data on 4 days, 14 breaks/ });
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    expect(box?.height).toBeGreaterThan(200);
    const table = page.getByRole('table', { name: 'Breaks and sitting per day, Feb 1 to Mar 2' });
    // Visually hidden, yet in the accessibility tree with its caption, headers and a row per day.
    await expect(table.getByRole('row').count()).resolves.toBe(31);
    await expect(table.getByRole('row', { name: /^Thu, Feb 26/ }).textContent()).resolves.toBe('Thu, Feb 264150 min5 hr');
    const frameWidth = () => table.evaluate((t) => t.parentElement?.getBoundingClientRect().width ?? 0);
    await expect(frameWidth()).resolves.toBeLessThanOrEqual(1);
    const toggle = page.getByRole('button', { name: 'Show the numbers as a table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle)).resolves.toBe('solid');
    await expect(frameWidth()).resolves.toBeGreaterThan(400);
  });

  it('writes numbers, durations and dates the German way', async () => {
    const page = await open(historyServiceWith(SAMPLE_DAYS, TEST_TODAY), { locale: 'de-DE' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Verlauf');
    await expect(page.locator('.glance dd').first().textContent()).resolves.toBe('3 von 42 gemacht, 1 natürliche PauseNoch 1 bis zu Ihrem Ziel');
    await expect(page.getByRole('region', { name: 'Heute auf einen Blick' }).getByText('2 Std., 30 Min.', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', { name: 'Pausen und Sitzen pro Tag, 1. Feb. bis 2. März' }).getByRole('row', { name: /^Do\., 26\. Feb\./ }).textContent()).resolves.toBe(
      'Do., 26. Feb.4150 Min.5 Std.',
    );
  });

  it('says so when there is no history yet', async () => {
    const page = await open(historyServiceWith([], { dateKey: TEST_TODAY.dateKey, activeSeconds: 0, longestSittingSeconds: 0 }));
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('No history yet');
    await expect(page.getByRole('button').count()).resolves.toBe(0);
  });

  it('gives the chart readable axis steps, says when a natural break counts, and draws the goal lines in a colour of their own', async () => {
    const page = await open(historyServiceWith(SAMPLE_DAYS, TEST_TODAY), { viewport: { width: 860, height: 760 } });
    const chart = page.getByRole('img', { name: /^Chart of the 30 days/ });
    await expect(chart.locator('.chart-axis text').allTextContents()).resolves.toEqual(['0', '2', '4', '6', '0', '30', '60', '90', '120']);
    await expect(page.getByText(/^A natural break counts toward your daily goal of 4 breaks: at least 5 minutes away/).isVisible()).resolves.toBe(true);
    const goalStroke = await chart.locator('.chart-goal').first().evaluate((line) => getComputedStyle(line).stroke);
    expect(goalStroke).toBe('rgb(163, 34, 27)');
  });

  it('shows how the neck felt after breaks, and puts an exercise that hurt back into the breaks through the setting', async () => {
    const preferences = new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(NO_POLICY), () => 0);
    preferences.set('exercises.excluded', ['seated-chin-tuck', 'cat-cow']);
    const page = await open(historyServiceWith(SAMPLE_DAYS, TEST_TODAY), { preferences, viewport: { width: 860, height: 760 } });
    const checkIns = page.getByRole('region', { name: 'How your neck felt after breaks' });
    await expect(checkIns.getByRole('row').allTextContents()).resolves.toEqual(['AnswerTimesShare', 'Better457%', 'The same229%', 'Worse114%']);
    const sore = page.getByRole('region', { name: 'Exercises that hurt' });
    await sore.getByRole('button', { name: 'Put back Cat and cow' }).waitFor();
    await sore.scrollIntoViewIfNeeded();
    await page.screenshot({ path: chromium.screenshot('history-exercises-that-hurt'), fullPage: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await sore.getByRole('button', { name: 'Put back Seated chin tuck' }).click();
    await sore.getByText('Reported as hurting 2 times, last on Fri, Feb 27. Back in your breaks.').waitFor();
    expect(preferences.settings.exercises.excluded).toEqual(['cat-cow']);
    await expect(bridgeCalls(page)).resolves.toContainEqual(['setSetting', { path: 'exercises.excluded', value: ['cat-cow'] }]);
  });

  it.each([
    ['en-US', 'light'],
    ['de-DE', 'dark'],
  ] as const)('is photographed at its real size (860×760) in %s, %s, with an exercise left out', async (locale, colorScheme) => {
    const preferences = new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(NO_POLICY), () => 0);
    preferences.set('exercises.excluded', ['seated-chin-tuck']);
    const page = await open(historyServiceWith(SAMPLE_DAYS, TEST_TODAY), { preferences, locale, colorScheme, viewport: { width: 860, height: 760 } });
    await page.locator('.sore-list button').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: chromium.screenshot(`history-860x760-${locale}-${colorScheme}`) });
    await page.locator('#history-chart').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('history-chart')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: chromium.screenshot(`history-860x760-${locale}-${colorScheme}-month`) });
  });

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violations (%s), and is photographed', async (colorScheme) => {
    const page = await open(historyServiceWith(SAMPLE_DAYS, TEST_TODAY), { colorScheme, reducedMotion: 'reduce', viewport: { width: 760, height: 900 } });
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await page.getByRole('status').filter({ hasText: /^Saved to / }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show the numbers as a table' }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hide the table' }).click();
    await page.screenshot({ path: chromium.screenshot(`history-${colorScheme}`), fullPage: true });
  });
});
