import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { NO_POLICY } from '../../../main/core/policy/policyLayers';
import { memoryPolicy } from '../../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../../main/preferences/preferencesData';
import { PreferencesService } from '../../../main/preferences/preferencesService';
import { memoryDocument } from '../../../main/store/memoryDocument';
import { NOTICE_SIZE } from '../../../main/windows/noticeWindow';
import type { Session } from '../../../preload/contract';
import { pseudoLocalize } from '../../../renderer/src/i18n/pseudoLocale';
import { historyServiceWith } from '../../support/historyBridge';
import { SAMPLE_DAYS } from '../../support/historyDays';
import { movementRoutineSession, noticeSession, postureResetSession, TEST_NOW, TEST_TODAY } from '../../support/sessions';
import { openRenderer, type rendererInChromium } from './browser';
import { fitProblems } from './fit';
import { said, SHOWN_LANGUAGES, type ShownName } from './languages';

/**
 * Every Breakwise window at its real size, in every language it speaks (Arabic laid out from the
 * right) and the pseudo-locale (every string accented and about 40 % longer): nothing clipped,
 * overflowing its box or the window, cut short or covered. The notice and the break window must
 * fit without scrolling, and so must the welcome in every language (its plans and Start in view
 * at once; the pseudo-locale may scroll). The settings and history windows are pages to read and
 * scroll down by design, but never sideways, and every control is whole once scrolled into view.
 * The languages are checked in two halves (tests/e2e/fit.e2e.test.ts and
 * fitLanguages.e2e.test.ts), so the two files run side by side.
 */

/** The app windows' sizes, as main/windows/appWindows.ts opens them. */
const APP_WINDOW_SIZES = { settings: { width: 760, height: 820 }, history: { width: 860, height: 760 }, welcome: { width: 640, height: 720 } } as const;
/** A break window covers its display: the smallest display people use, and a small window. */
const BREAK_WINDOW_SIZES = [
  { width: 1280, height: 720 },
  { width: 420, height: 300 },
] as const;

/** Exercise texts come with the session, in every language: in the pseudo-locale they are lengthened too. */
const inLanguage = (session: Session, language: ShownName): Session =>
  session.mode === 'idle' || language !== 'pseudo' ? session : { ...session, steps: session.steps.map((step) => ({ ...step, text: { ...step.text, en: pseudoLocalize(step.text.en) } })) };

/** The longest notice there can be: the setting's largest lead (300 s) shows the widest countdown. */
const LONGEST_NOTICE_MS = 300_000;
const NOTICE_STATES: readonly [string, Session][] = [
  ['micro', { ...noticeSession, untilWallMs: TEST_NOW + LONGEST_NOTICE_MS }],
  ['routine', { ...noticeSession, kind: 'routine', untilWallMs: TEST_NOW + LONGEST_NOTICE_MS }],
  ['strict', { ...noticeSession, kind: 'routine', untilWallMs: TEST_NOW + LONGEST_NOTICE_MS, canSnooze: false, canSkip: false }],
  ['snooze-used-up', { ...noticeSession, kind: 'routine', untilWallMs: TEST_NOW + LONGEST_NOTICE_MS, canSnooze: false }],
];

const BREAK_SCREENS: readonly [string, Session, (page: Page, language: ShownName) => Promise<void>][] = [
  ['posture-reset', postureResetSession, async () => undefined],
  ['routine', movementRoutineSession, async () => undefined],
  ['hurt', postureResetSession, (page, language) => page.getByRole('button', { name: said(language, 'player.hurts'), exact: true }).click()],
  ['done', postureResetSession, (page) => page.clock.runFor(30_000)],
];

const CONTACT = { name: 'IT Service Desk of the Example Corporation', url: 'https://help.example.com/breakwise/desk-setup', email: 'workplace-health@example.com' };
/** Settings with everything that adds text: an enforced and a recommended setting, whom to ask, a storage notice. */
const managedPreferences = () =>
  new PreferencesService(
    memoryDocument(EMPTY_PREFERENCES),
    memoryPolicy({ ...NO_POLICY, enforced: { strict: true, 'microBreak.everyMinutes': 25 }, recommended: { noticeSeconds: 60 }, adminContact: CONTACT }),
    () => 0,
    [
      { file: '/home/someone/.config/Breakwise/preferences.json', backup: '/home/someone/.config/Breakwise/preferences.corrupt-2026-11-28T09-15-00.json', outcome: 'newerPartDefault' },
      { file: '/home/someone/.config/Breakwise/history.json', backup: null, outcome: 'untouched' },
    ],
  );

type Chromium = ReturnType<typeof rendererInChromium>;

const HALF = Math.ceil(SHOWN_LANGUAGES.length / 2);
/** The languages in two halves, one for each fit test file. */
export const FIT_HALVES = [SHOWN_LANGUAGES.slice(0, HALF), SHOWN_LANGUAGES.slice(HALF)] as const;

/** Opens a window, says what does not fit, and photographs it. */
export const fitCheck = (chromium: Chromium) => async (page: Page, scrollsVertically: boolean, screenshot: string) => {
  const problems = await fitProblems(page, { scrollsVertically });
  await page.screenshot({ path: chromium.screenshot(screenshot), fullPage: scrollsVertically });
  return problems;
};

/** The windows in each of `languages`, at their real sizes. */
export function fitSuite(chromium: Chromium, languages: typeof SHOWN_LANGUAGES): void {
  const check = fitCheck(chromium);
  describe.each(languages)('in $name', ({ name, options }) => {
    it.each(NOTICE_STATES)(`the notice (${NOTICE_SIZE.width}×${NOTICE_SIZE.height}), %s, light and dark`, async (state, session) => {
      const page = await openRenderer(chromium.browser(), chromium.url(), session, { now: TEST_NOW, viewport: NOTICE_SIZE, colorScheme: 'light', ...options });
      for (const colorScheme of ['light', 'dark'] as const) {
        // The OS's theme changing while the notice is up, as it can.
        await page.emulateMedia({ colorScheme });
        expect(await check(page, false, `notice-${name}-${state}-${colorScheme}`)).toEqual([]);
      }
      await page.context().close();
    });

    for (const size of BREAK_WINDOW_SIZES) {
      for (const [screen, session, reach] of BREAK_SCREENS) {
        it(`the break window (${size.width}×${size.height}), ${screen}`, async () => {
          const page = await openRenderer(chromium.browser(), chromium.url(), inLanguage(session, name), { now: TEST_NOW, viewport: size, ...options });
          await reach(page, name);
          expect(await check(page, false, `fit-break-${size.width}x${size.height}-${screen}-${name}`)).toEqual([]);
          await page.context().close();
        });
      }
    }

    it.each([
      ['default', () => new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(), () => 0)],
      ['managed', managedPreferences],
    ] as const)(`the settings window (${APP_WINDOW_SIZES.settings.width}×${APP_WINDOW_SIZES.settings.height}), %s`, async (variant, preferences) => {
      const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#settings', preferences: preferences(), viewport: APP_WINDOW_SIZES.settings, ...options });
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await check(page, true, `fit-settings-${variant}-${name}`)).toEqual([]);
      await page.context().close();
    });

    it.each([
      ['empty', []],
      ['sample', SAMPLE_DAYS],
    ] as const)(`the history window (${APP_WINDOW_SIZES.history.width}×${APP_WINDOW_SIZES.history.height}), %s`, async (variant, days) => {
      const service = historyServiceWith(days, TEST_TODAY);
      const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#history', history: { service, exportTo: () => Promise.resolve(null) }, viewport: APP_WINDOW_SIZES.history, ...options });
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await check(page, true, `fit-history-${variant}-${name}`)).toEqual([]);
      await page.context().close();
    });

    it(`the welcome window (${APP_WINDOW_SIZES.welcome.width}×${APP_WINDOW_SIZES.welcome.height})`, async () => {
      const page = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: null, hash: '#welcome', viewport: APP_WINDOW_SIZES.welcome, ...options });
      await page.getByRole('radio').first().waitFor();
      expect(await check(page, name === 'pseudo', `fit-welcome-${name}`)).toEqual([]);
      await page.context().close();
    });
  });
}
