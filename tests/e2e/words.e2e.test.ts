import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../main/core/shared/languages';
import { LIBRARY_TEXTS } from '../../main/exercises/libraryTexts';
import { NOTICE_SIZE } from '../../main/windows/noticeWindow';
import type { Session } from '../../preload/contract';
import { historyServiceWith } from '../support/historyBridge';
import { SAMPLE_DAYS } from '../support/historyDays';
import { noticeSession, postureResetSession, TEST_NOW, TEST_TODAY } from '../support/sessions';
import { glossaryViolations, type Glossary } from '../i18n/glossaryCheck';
import { readLocaleFile } from '../support/localeCatalogue';
import { openRenderer, rendererInChromium, type RendererOptions } from './support/browser';
import { catalogue, said } from './support/languages';

/**
 * Every screen in every language, as a person sees it: no visible text that is an English message
 * (an untranslated leftover), and no variant the language's glossary forbids. Exercise names come
 * from the exercise library, numbers are numbers and "Breakwise" is a name in every language:
 * those are not leftovers, and neither is a message a language writes as English does (German
 * "Standard", for one).
 */

const TRANSLATIONS = LANGUAGES.filter((language) => language !== 'en');
const english = catalogue('en');
const exerciseNames = new Set(LANGUAGES.map((language) => Object.values(LIBRARY_TEXTS[language]).map((text) => text.title)).flat());

/** What the check holds a language's words against, read once per language. */
interface LanguageWords {
  /** English messages as they show: whole, without placeholders; those the language writes the same way are no leftovers. */
  readonly englishOnly: ReadonlySet<string>;
  readonly glossary: Glossary;
}
const wordsByLanguage = new Map<Language, LanguageWords>();
function wordsOf(language: Language): LanguageWords {
  let words = wordsByLanguage.get(language);
  if (words === undefined) {
    const own = new Set(catalogue(language).values());
    const englishOnly = new Set([...english.values()].filter((text) => !text.includes('{') && !own.has(text) && !exerciseNames.has(text) && text.trim() !== 'Breakwise'));
    words = { englishOnly, glossary: readLocaleFile(`glossary.${language}.json`) as Glossary };
    wordsByLanguage.set(language, words);
  }
  return words;
}

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

/** What is wrong with the words on this page in a language: English leftovers and forbidden variants. */
async function wordProblems(page: Page, language: Language): Promise<string[]> {
  const texts = await visibleTexts(page);
  const { englishOnly, glossary } = wordsOf(language);
  const leftovers = texts.filter((text) => englishOnly.has(text) && !/^[\d\s.,:%–-]+$/.test(text)).map((text) => `English left in ${language}: "${text}"`);
  return [...new Set([...leftovers, ...glossaryViolations(texts.map((text) => ['visible text', text] as [string, string]), glossary, language)])];
}

const reachDone = (page: Page) => page.clock.runFor(30_000);
const BREAK_SCREENS: readonly [string, Session, (page: Page, language: Language) => Promise<void>][] = [
  ['exercise', postureResetSession, () => Promise.resolve()],
  ['hurt', postureResetSession, (page, language) => page.getByRole('button', { name: said(language, 'player.hurts'), exact: true }).click()],
  ['done', postureResetSession, reachDone],
];

describe('every screen in every language', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });

  it('the check itself finds an English message and a forbidden variant, and leaves the language, numbers and names alone', async () => {
    const page = await chromium.browser().newPage();
    await page.setContent(`<!doctype html><body><h1>Breakwise</h1><p>Back to work</p><p>Nächste Bewegungspause</p><p>42</p><p>Zurück zur Arbeit</p><p hidden>Skip this break</p></body>`);
    await expect(wordProblems(page, 'de')).resolves.toEqual(['English left in de: "Back to work"', 'visible text: "Bewegungspause" (use "Bewegungsroutine")']);
    await page.setContent(`<!doctype html><body><p>次の小休憩</p><p>姿勢リセット</p></body>`);
    await expect(wordProblems(page, 'ja')).resolves.toEqual(['visible text: "小休憩" (use "姿勢リセット")']);
    await page.close();
  });

  describe.each(TRANSLATIONS)('in %s', (language) => {
    const options: Pick<RendererOptions, 'locale'> = { locale: language };

    it.each(BREAK_SCREENS)('the break window: %s', async (screen, session, reach) => {
      const page = await openRenderer(chromium.browser(), chromium.url(), session, { now: TEST_NOW, viewport: { width: 1280, height: 720 }, ...options });
      await page.getByRole('main').first().waitFor();
      await reach(page, language);
      expect(await wordProblems(page, language)).toEqual([]);
      await page.screenshot({ path: chromium.screenshot(`words-${language}-break-${screen}`) });
      await page.context().close();
    });

    it('the notice', async () => {
      const page = await openRenderer(chromium.browser(), chromium.url(), { ...noticeSession, kind: 'routine' }, { now: TEST_NOW, viewport: NOTICE_SIZE, ...options });
      await page.getByRole('heading').first().waitFor();
      expect(await wordProblems(page, language)).toEqual([]);
      await page.context().close();
    });

    it('the history window, with its table shown', async () => {
      const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#history', history: { service: historyServiceWith(SAMPLE_DAYS, TEST_TODAY), exportTo: () => Promise.resolve(null) }, ...options });
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.getByRole('button', { name: said(language, 'history.table.show') }).click();
      expect(await wordProblems(page, language)).toEqual([]);
      await page.context().close();
    });

    it('the welcome window, with its full safety note open', async () => {
      const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#welcome', viewport: { width: 640, height: 720 }, ...options });
      await page.getByRole('radio').first().waitFor();
      await page.getByRole('button', { name: said(language, 'welcome.safety.more') }).click();
      expect(await wordProblems(page, language)).toEqual([]);
      await page.context().close();
    });

    it('the settings window, every section', async () => {
      const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#settings', viewport: { width: 760, height: 820 }, ...options });
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      const sections = page.locator('.settings-nav button');
      for (let index = 0; index < (await sections.count()); index += 1) {
        await sections.nth(index).click();
        expect(await wordProblems(page, language), (await sections.nth(index).textContent()) ?? '').toEqual([]);
      }
      await page.context().close();
    });
  });
});
