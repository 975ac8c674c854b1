import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import library from '../../assets/exercises/library.json';
import type { Session } from '../../preload/contract';
import { historyServiceWith } from '../support/historyBridge';
import { SAMPLE_DAYS } from '../support/historyDays';
import { noticeSession, postureResetSession, TEST_NOW, TEST_TODAY } from '../support/sessions';
import { glossaryViolations, type Glossary } from '../i18n/glossaryCheck';
import { openRenderer, rendererInChromium, type RendererOptions } from './support/browser';

/**
 * Every screen in German, as a person sees it: no visible text that is an English message
 * (an untranslated leftover), and no variant the German glossary forbids. Exercise names come
 * from the exercise library, numbers are numbers and "Breakwise" is a name in both languages:
 * those are not leftovers, and neither is a message German writes the same way (e.g. "Standard").
 */

const LOCALES = join(__dirname, '../../renderer/src/i18n/locales');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(LOCALES, file), 'utf8'));

/** Every message of a language by key path, as i18n.ts merges the files (glossaries are no messages). */
function catalogue(language: 'en' | 'de'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${String(i)}`));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, path === '' ? key : `${path}.${key}`);
  };
  walk(readJson(`${language}.json`), '');
  for (const file of readdirSync(LOCALES).filter((f) => f.endsWith(`.${language}.json`) && !f.startsWith('glossary.'))) walk(readJson(file), file.split('.')[0] ?? '');
  return out;
}

const en = catalogue('en');
const de = catalogue('de');
const germanTexts = new Set(de.values());
const exerciseNames = new Set(library.exercises.flatMap((exercise) => [exercise.text.en.title, exercise.text.de.title]));
/** English messages as they show: whole, without placeholders; those German writes the same way are no leftovers. */
const englishOnly = new Set([...en.values()].filter((text) => !text.includes('{') && !germanTexts.has(text) && !exerciseNames.has(text) && text.trim() !== 'Breakwise'));
const germanGlossary = readJson('glossary.de.json') as Glossary;

/** The text of every visible text node on the page, trimmed; aria-labels of visible elements too (they are read out). */
const visibleTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (parent !== null && text !== '' && parent.checkVisibility({ visibilityProperty: true }) && parent.closest('[aria-hidden="true"]') === null) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label]')) if (element.checkVisibility()) texts.push(element.getAttribute('aria-label') ?? '');
    return texts;
  });

/** What is wrong with the German words on this page: English leftovers and forbidden variants. */
async function wordProblems(page: Page): Promise<string[]> {
  const texts = await visibleTexts(page);
  const leftovers = texts.filter((text) => englishOnly.has(text) && !/^[\d\s.,:%–-]+$/.test(text)).map((text) => `English left in German: "${text}"`);
  return [...new Set([...leftovers, ...glossaryViolations(texts.map((text) => ['visible text', text] as [string, string]), germanGlossary)])];
}

const GERMAN: Pick<RendererOptions, 'locale'> = { locale: 'de-DE' };
const reachDone = (page: Page) => page.clock.runFor(30_000);
const BREAK_SCREENS: readonly [string, Session, (page: Page) => Promise<void>][] = [
  ['exercise', postureResetSession, () => Promise.resolve()],
  ['hurt', postureResetSession, (page) => page.getByRole('button', { name: 'Das tut weh – stopp' }).click()],
  ['done', postureResetSession, reachDone],
];

describe('every screen in German', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });

  it('the check itself finds an English message and a forbidden German variant, and leaves German, numbers and names alone', async () => {
    const page = await chromium.browser().newPage();
    await page.setContent(`<!doctype html><body><h1>Breakwise</h1><p>Back to work</p><p>Nächste Bewegungspause</p><p>42</p><p>Zurück zur Arbeit</p><p hidden>Skip this break</p></body>`);
    await expect(wordProblems(page)).resolves.toEqual(['English left in German: "Back to work"', 'visible text: "Bewegungspause" (use "Bewegungsroutine")']);
    await page.close();
  });

  it.each(BREAK_SCREENS)('the break window: %s', async (_screen, session, reach) => {
    const page = await openRenderer(chromium.browser(), chromium.url(), session, { now: TEST_NOW, viewport: { width: 1280, height: 720 }, ...GERMAN });
    await page.getByRole('main').first().waitFor();
    await reach(page);
    expect(await wordProblems(page)).toEqual([]);
    await page.screenshot({ path: chromium.screenshot(`words-de-break-${_screen}`) });
    await page.context().close();
  });

  it('the notice', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { ...noticeSession, kind: 'routine' }, { now: TEST_NOW, viewport: { width: 360, height: 132 }, ...GERMAN });
    await page.getByRole('heading').first().waitFor();
    expect(await wordProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('the history window', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#history', history: { service: historyServiceWith(SAMPLE_DAYS, TEST_TODAY), exportTo: () => Promise.resolve(null) }, ...GERMAN });
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.getByRole('button', { name: 'Zahlen als Tabelle zeigen' }).click();
    expect(await wordProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('the welcome window, with its full safety note open', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#welcome', viewport: { width: 640, height: 720 }, ...GERMAN });
    await page.getByRole('radio').first().waitFor();
    await page.getByRole('button', { name: 'Der vollständige Hinweis und alle Warnzeichen' }).click();
    expect(await wordProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('the settings window, every section', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#settings', viewport: { width: 760, height: 820 }, ...GERMAN });
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const sections = page.locator('.settings-nav button');
    for (let index = 0; index < (await sections.count()); index += 1) {
      await sections.nth(index).click();
      expect(await wordProblems(page), (await sections.nth(index).textContent()) ?? '').toEqual([]);
    }
    await page.context().close();
  });
});
