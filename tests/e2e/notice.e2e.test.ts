import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeSession, TEST_NOW } from '../support/sessions';
import type { Session } from '../../preload/contract';
import { NOTICE_SIZE } from '../../main/windows/noticeWindow';
import { bridgeCalls, openRenderer, rendererInChromium, seriousAccessibilityViolations } from './support/browser';

const NOW = TEST_NOW;
const notice = noticeSession;
const strictNotice: Session = { ...notice, canSnooze: false, canSkip: false };

describe('the notice window in Chromium', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });

  it('counts down on the page clock, and its buttons answer', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), notice, { now: NOW, viewport: NOTICE_SIZE });
    await expect(page.getByText('Starts in 30 seconds', { exact: true }).isVisible()).resolves.toBe(true);
    await page.clock.runFor(12_000);
    await expect(page.getByText('Starts in 18 seconds', { exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Snooze' }).click();
    await page.getByRole('button', { name: 'Start now' }).click();
    expect(await bridgeCalls(page)).toEqual([
      ['respond', { response: 'snooze' }],
      ['respond', { response: 'start' }],
    ]);
  });

  it('offers neither snooze nor skip in strict mode', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), strictNotice, { now: NOW, viewport: NOTICE_SIZE });
    await expect(page.getByRole('button').allTextContents()).resolves.toEqual(['Start now']);
  });

  it('follows the OS language: German', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { ...notice, kind: 'routine' }, { now: NOW, locale: 'de-DE' });
    await expect(page.getByRole('heading').textContent()).resolves.toBe('Bewegungsroutine gleich');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
  });

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violations (%s), and is photographed', async (colorScheme) => {
    const page = await openRenderer(chromium.browser(), chromium.url(), notice, { now: NOW, colorScheme, reducedMotion: 'reduce', viewport: NOTICE_SIZE });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: chromium.screenshot(`notice-${colorScheme}`) });
  });
});
