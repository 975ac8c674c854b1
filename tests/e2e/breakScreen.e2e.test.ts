import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { buildRoutine } from '../../main/core/exercises/routineBuilder';
import type { Position } from '../../main/core/exercises/exerciseSchema';
import type { Session } from '../../preload/contract';
import { postureResetSession, TEST_NOW } from '../support/sessions';
import { openRenderer, rendererInChromium, seriousAccessibilityViolations, type RendererOptions } from './support/browser';

/**
 * The break screen as a person sees it, in real Chromium: how it fills displays from a small
 * 420×300 window to 4K, in both colour schemes, with and without reduced motion, and what a
 * screen reader hears. Every test photographs what it checked to artifacts/screenshots/break-*.png.
 */
const NOW = TEST_NOW;
const routineOf = (positions: Position[], durationSeconds: number, lastExerciseId: string | null): Session => ({
  ...postureResetSession,
  kind: 'routine',
  untilWallMs: NOW + durationSeconds * 1000,
  steps: buildRoutine(builtInLibrary(), { kind: 'routine', durationSeconds, positions, excluded: [], lastExerciseId }),
});
/** Three minutes at the desk: neck presses (52 s: 3 s into position, then 10-second presses), shoulder squeezes, a walk. */
const movementRoutine = routineOf(['seated', 'standing', 'walking'], 180, 'seated-chin-tuck');
/** Five minutes of floor work, starting with head lifts on the elbows (10 s getting down). */
const floorRoutine = routineOf(['floor'], 300, null);
/** The first press of the neck-press routine, 2 s in: "Hold", 8 seconds left. */
const FIRST_PRESS_MS = 5_000;

const DISPLAYS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
const SMALL_WINDOW = { width: 420, height: 300 } as const;
const SCHEMES = ['light', 'dark'] as const;

const chromium = rendererInChromium({ beforeAll, afterAll });
/** The break window at NOW; with reduced motion unless asked otherwise, so every photograph is the same. */
const open = (session: Session, options: Omit<RendererOptions, 'now'> = {}) => openRenderer(chromium.browser(), chromium.url(), session, { now: NOW, reducedMotion: 'reduce', ...options });
const photograph = (page: Page, name: string) => page.screenshot({ path: chromium.screenshot(`break-${name}`) });

/** Where the parts of the screen are, and how big the phase reads. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect === undefined ? null : { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    };
    const fontPx = (selector: string) => {
      const element = document.querySelector(selector);
      return element === null ? 0 : parseFloat(getComputedStyle(element).fontSize);
    };
    const root = document.documentElement;
    return {
      figure: box('.break-figure svg'),
      ring: box('.phase-ring'),
      wordPx: fontPx('.phase-word'),
      countPx: fontPx('.phase-count'),
      stepsPx: fontPx('.break-steps'),
      scrolls: root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1,
      controls: [...document.querySelectorAll('button')].map((button) => {
        const rect = button.getBoundingClientRect();
        return { name: button.textContent, inView: rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth };
      }),
      primary: [...document.querySelectorAll('button.primary')].map((button) => button.textContent),
    };
  });

const colours = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, background: style.backgroundColor, border: style.borderTopColor };
  });

describe('the break screen in Chromium', () => {
  it.each(DISPLAYS)('fills a $width×$height display: the figure large in the middle, the phase word and its countdown big, every control in view, nothing scrolls', async (display) => {
    const page = await open(movementRoutine, { viewport: display });
    await page.clock.runFor(FIRST_PRESS_MS);
    const shown = await layout(page);
    const { figure, ring } = shown;
    expect(figure).not.toBeNull();
    // The figure takes most of the height, and the screen's middle runs through it.
    expect(figure?.height ?? 0).toBeGreaterThan(display.height * 0.55);
    expect(figure?.width ?? 0).toBeGreaterThan(display.width * 0.3);
    expect(figure?.y ?? display.height).toBeLessThan(display.height / 2);
    expect((figure?.y ?? 0) + (figure?.height ?? 0)).toBeGreaterThan(display.height / 2);
    // Readable from a metre away: a countdown near a tenth of the screen's height, its word half that.
    expect(shown.countPx).toBeGreaterThan(display.height * 0.08);
    expect(shown.wordPx).toBeGreaterThan(display.height * 0.045);
    expect(ring?.height ?? 0).toBeGreaterThan(display.height * 0.2);
    // The steps quieter than the phase, but not small print.
    expect(shown.stepsPx).toBeGreaterThan(display.height * 0.016);
    expect(shown.stepsPx).toBeLessThan(shown.wordPx / 2);
    expect(shown.scrolls).toBe(false);
    expect(shown.controls.filter((control) => !control.inView)).toEqual([]);
    await photograph(page, `${display.width}x${display.height}-light`);
  });

  it('fits a small 420×300 window: figure, phase and countdown side by side, every control whole in view', async () => {
    const page = await open(movementRoutine, { viewport: SMALL_WINDOW });
    await page.clock.runFor(FIRST_PRESS_MS);
    const { figure, ring, scrolls, controls } = await layout(page);
    expect(scrolls).toBe(false);
    expect(figure?.height ?? 0).toBeGreaterThan(SMALL_WINDOW.height * 0.3);
    expect(ring?.x ?? 0).toBeGreaterThanOrEqual((figure?.x ?? 0) + (figure?.width ?? 0));
    expect(controls.map((control) => control.name)).toEqual(['Pause', 'Skip this exercise', 'Snooze', 'Skip the break', 'This hurts — stop']);
    expect(controls.filter((control) => !control.inView)).toEqual([]);
    await photograph(page, '420x300-light');
  });

  it.each(SCHEMES)('offers one clear action, the others quieter, and "This hurts — stop" in a colour of its own (%s)', async (colorScheme) => {
    const page = await open(movementRoutine, { viewport: DISPLAYS[0], colorScheme });
    await page.clock.runFor(FIRST_PRESS_MS);
    await expect(layout(page).then((shown) => shown.primary)).resolves.toEqual(['Pause']);
    const [primary, secondary, quiet, stop] = await Promise.all(['button.primary', 'button.secondary', 'button.quiet >> nth=0', 'button.stop'].map((selector) => colours(page, selector)));
    // Only the primary action is filled with the accent; the quieter ones are not filled at all.
    expect(secondary?.background).toBe('rgba(0, 0, 0, 0)');
    expect(quiet?.background).toBe('rgba(0, 0, 0, 0)');
    expect(primary?.background).not.toBe('rgba(0, 0, 0, 0)');
    // Stop shares its colours with no other control.
    for (const other of [primary, secondary, quiet]) {
      expect(stop?.color).not.toBe(other?.color);
      expect(stop?.background).not.toBe(other?.background);
    }
    await photograph(page, `actions-${colorScheme}`);
  });

  for (const colorScheme of SCHEMES) {
    it.each([DISPLAYS[0], DISPLAYS[1], SMALL_WINDOW])(`is photographed at $width×$height (${colorScheme})`, async (size) => {
      const page = await open(movementRoutine, { viewport: size, colorScheme });
      await page.clock.runFor(FIRST_PRESS_MS);
      expect((await layout(page)).scrolls).toBe(false);
      await photograph(page, `${size.width}x${size.height}-${colorScheme}`);
    });
  }

  /** Each state of the break the screen can be in, reached from its start. */
  const states: [string, Session, (page: Page) => Promise<void>][] = [
    ['caution', floorRoutine, async () => undefined],
    ['hold', movementRoutine, (page) => page.clock.runFor(FIRST_PRESS_MS)],
    ['walk', movementRoutine, (page) => page.clock.runFor(130_000)],
    ['paused', movementRoutine, (page) => page.clock.runFor(FIRST_PRESS_MS).then(() => page.getByRole('button', { name: 'Pause' }).click())],
    ['done', movementRoutine, (page) => page.getByRole('button', { name: 'Skip this exercise' }).click().then(() => page.clock.runFor(128_000))],
    ['hurt', movementRoutine, (page) => page.getByRole('button', { name: 'This hurts — stop' }).click()],
  ];
  for (const [name, session, reach] of states) {
    it.each(SCHEMES)(`the ${name} screen has no serious or critical accessibility violations (%s), with reduced motion`, async (colorScheme) => {
      const page = await open(session, { viewport: DISPLAYS[0], colorScheme });
      await reach(page);
      await photograph(page, `${name}-${colorScheme}`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  }

  it('has no serious or critical accessibility violations in a small window either', async () => {
    const page = await open(floorRoutine, { viewport: SMALL_WINDOW, colorScheme: 'dark' });
    await photograph(page, 'caution-420x300-dark');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('holds still with reduced motion: no ring animation and a still figure, the ring stepping once a second', async () => {
    const page = await open(movementRoutine, { viewport: DISPLAYS[0] });
    await page.clock.runFor(FIRST_PRESS_MS - 1_000);
    // 9 of the press's 10 seconds left: the ring is nine tenths round, and nothing on the page moves.
    await expect(page.locator('.phase-count').textContent()).resolves.toBe('9');
    await expect(page.locator('.phase-ring-progress').getAttribute('stroke-dashoffset')).resolves.toBe('10');
    await expect(page.evaluate(() => document.getAnimations().map((animation) => (animation as CSSAnimation).animationName ?? 'transition'))).resolves.toEqual([]);
    await page.clock.runFor(1_000);
    await expect(page.locator('.phase-ring-progress').getAttribute('stroke-dashoffset')).resolves.toBe('20');
  });

  it('glides the ring with the phase when motion is welcome, and stops it when the break is paused', async () => {
    const page = await open(movementRoutine, { viewport: DISPLAYS[0], reducedMotion: 'no-preference' });
    await page.clock.runFor(FIRST_PRESS_MS - 1_000);
    const ring = () =>
      page.evaluate(() =>
        document
          .getAnimations()
          .filter((animation) => (animation as CSSAnimation).animationName === 'bw-ring-drain')
          .map((animation) => ({ state: animation.playState, duration: animation.effect?.getTiming().duration })),
      );
    await expect(ring()).resolves.toEqual([{ state: 'running', duration: 10_000 }]);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(ring()).resolves.toEqual([{ state: 'paused', duration: 10_000 }]);
  });

  it('tells a screen reader each phase once, with its length, repetition and cue, never every second, and names the keys', async () => {
    const page = await open(movementRoutine, { viewport: DISPLAYS[0] });
    const status = () => page.getByRole('status').textContent();
    await expect(status()).resolves.toBe('Get into position, 3 seconds. Repetition 1 of 4. Forward: hand on forehead. Before you start: Use light pressure; this should never hurt. Stop if your pain increases.');
    await page.clock.runFor(3_000);
    await expect(status()).resolves.toBe('Hold, 10 seconds. Repetition 1 of 4. Forward: hand on forehead.');
    await page.clock.runFor(4_000);
    await expect(status()).resolves.toBe('Hold, 10 seconds. Repetition 1 of 4. Forward: hand on forehead.');
    await page.keyboard.press(' ');
    await expect(status()).resolves.toBe('Paused. Repetition 1 of 4. Forward: hand on forehead.');
    await expect(page.getByRole('button', { name: 'Resume' }).getAttribute('aria-keyshortcuts')).resolves.toBe('Space');
    await expect(page.getByRole('button', { name: 'Skip this exercise' }).getAttribute('aria-keyshortcuts')).resolves.toBe('Enter');
    await expect(page.getByRole('button', { name: 'Snooze' }).getAttribute('aria-keyshortcuts')).resolves.toBe('Escape');
  });
});
