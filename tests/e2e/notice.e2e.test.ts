import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../preload/contract';
import { bridgeCalls, launchChromium, openRenderer, seriousAccessibilityViolations, serveRenderer } from './support/browser';

const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const notice: Session = { mode: 'notice', kind: 'micro', untilWallMs: NOW + 30_000, canSnooze: true, canSkip: true, steps: [] };
const strictNotice: Session = { ...notice, canSnooze: false, canSkip: false };

let browser: Browser;
let server: Server;
let url: string;

describe('the notice window in Chromium', () => {
  beforeAll(async () => {
    const build = spawnSync('npx', ['electron-vite', 'build'], { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    expect(build.status, build.stderr).toBe(0);
    ({ url, server } = await serveRenderer());
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('counts down on the page clock and starts from the keyboard alone', async () => {
    const page = await openRenderer(browser, url, notice, { now: NOW });
    await expect(page.getByText('Starts in 30 seconds', { exact: true }).isVisible()).resolves.toBe(true);
    await page.clock.runFor(12_000);
    await expect(page.getByText('Starts in 18 seconds', { exact: true }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Start now');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    expect(await bridgeCalls(page)).toEqual([
      ['respond', { response: 'snooze' }],
      ['respond', { response: 'start' }],
    ]);
  });

  it('offers neither snooze nor skip in strict mode', async () => {
    const page = await openRenderer(browser, url, strictNotice, { now: NOW });
    await expect(page.getByRole('button').allTextContents()).resolves.toEqual(['Start now']);
    await page.keyboard.press('Escape');
    expect(await bridgeCalls(page)).toEqual([]);
  });

  it('follows the OS language: German', async () => {
    const page = await openRenderer(browser, url, { ...notice, kind: 'routine' }, { now: NOW, locale: 'de-DE' });
    await expect(page.getByRole('heading').textContent()).resolves.toBe('Bewegungspause gleich');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
  });

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violations (%s), and is photographed', async (colorScheme) => {
    const page = await openRenderer(browser, url, notice, { now: NOW, colorScheme, reducedMotion: 'reduce', viewport: { width: 360, height: 132 } });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `notice-${colorScheme}.png`) });
  });
});
