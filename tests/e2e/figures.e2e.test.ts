import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { exercisePhases, type Phase, type PhaseKind } from '../../main/core/exercises/phasePlan';
import type { Exercise } from '../../main/core/exercises/exerciseSchema';
import { launchChromium } from './support/browser';
import { centre, figureAnimations, openFiguresPage, partBox, pose, poseDistance, seekFigure, serveFiguresPage, showFigure, type Box, type FiguresPage } from './support/figures';

/**
 * Every exercise's figure in real Chromium, as the break window plays it: moment by moment
 * (animations stopped at a known time), in both themes, with reduced motion, at the sizes the
 * break screen gives it. Screenshots go to artifacts/screenshots/figure-<exercise>-<moment>-<theme>.png.
 */
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const SMALLEST_PX = 300;
const LARGEST_PX = 900;
const SCREENSHOT_PX = 600;
const MS_PER_SECOND = 1_000;
/** Half a pixel of rounding between two renderings of the same pose. */
const SAME_POSE_PX = 0.5;

const LIBRARY = builtInLibrary();
const exercise = (id: string): Exercise => {
  const found = LIBRARY.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no exercise ${id} in the library`);
  return found;
};
const phasesOf = (ex: Exercise): Phase[] => exercisePhases(ex, ex.repetitions, 1);
const STILL_KINDS: readonly PhaseKind[] = ['hold', 'breathe-out', 'walk', 'rest'];

/** The figure of `ex` in `phase`, timed as the plan times it. */
const shown = (ex: Exercise, phase: Phase) => ({ illustration: ex.illustration, phase: phase.kind, repetition: phase.repetition, phaseSeconds: phase.seconds });

/** Start, hold and end of an exercise: its first phase as it begins, its first held (or breathed, walked, rested) phase halfway, its last phase as it ends. */
function moments(ex: Exercise): { name: 'start' | 'hold' | 'end'; phase: Phase; atMs: number }[] {
  const phases = phasesOf(ex);
  const first = phases[0];
  const held = phases.find((phase) => STILL_KINDS.includes(phase.kind));
  const last = phases.at(-1);
  if (first === undefined || held === undefined || last === undefined) throw new Error(`${ex.id} has no phases to show`);
  return [
    { name: 'start', phase: first, atMs: 0 },
    { name: 'hold', phase: held, atMs: (held.seconds * MS_PER_SECOND) / 2 },
    { name: 'end', phase: last, atMs: last.seconds * MS_PER_SECOND },
  ];
}

const must = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`the figure draws no ${what}`);
  return value;
};
const part = async (page: Page, name: string): Promise<Box> => must(await partBox(page, name), name);

describe('the exercise figures in Chromium', () => {
  let browser: Browser | null = null;
  let served: FiguresPage | null = null;
  beforeAll(async () => {
    served = await serveFiguresPage();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    served?.close();
  });
  const open = (options: Parameters<typeof openFiguresPage>[2] = {}) => openFiguresPage(must(browser, 'browser'), must(served, 'page').url, options);

  it.each(['light', 'dark'] as const)('draws every exercise at its start, its hold and its end, filling its frame, in the %s theme', async (theme) => {
    const page = await open({ colorScheme: theme });
    for (const ex of LIBRARY) {
      for (const moment of moments(ex)) {
        await showFigure(page, shown(ex, moment.phase), SCREENSHOT_PX, moment.atMs);
        const frame = must(await page.getByTestId('frame').boundingBox(), 'frame');
        const figure = must(await page.locator('svg').boundingBox(), 'svg');
        expect({ exercise: ex.id, width: Math.round(figure.width), height: Math.round(figure.height) }).toEqual({ exercise: ex.id, width: Math.round(frame.width), height: Math.round(frame.height) });
        await page.getByTestId('frame').screenshot({ path: join(SCREENSHOTS, `figure-${ex.id}-${moment.name}-${theme}.png`) });
      }
    }
    const press = exercise('seated-neck-isometrics');
    for (let repetition = 1; repetition <= press.repetitions; repetition++) {
      await showFigure(page, { illustration: press.illustration, phase: 'hold', repetition }, SCREENSHOT_PX);
      const direction = await page.locator('[data-direction]').getAttribute('data-direction');
      await page.getByTestId('frame').screenshot({ path: join(SCREENSHOTS, `figure-${press.id}-hold-${direction ?? repetition}-${theme}.png`) });
    }
  });

  it('puts the hand of the neck press where each repetition’s cue says, pressing on the head', async () => {
    const page = await open();
    const press = exercise('seated-neck-isometrics');
    const cues = must(press.text.en.repetitionCues, 'repetition cues');
    expect(cues).toHaveLength(press.repetitions);
    const seen: string[] = [];
    for (const [index, cue] of cues.entries()) {
      const expected = must(/^(Forward|Backward|Left|Right)\b/.exec(cue)?.[1], `direction in "${cue}"`).toLowerCase();
      await showFigure(page, { illustration: press.illustration, phase: 'hold', repetition: index + 1 }, SMALLEST_PX);
      const head = await part(page, 'head');
      const palm = await part(page, 'palm');
      const view = await page.locator('[data-view]').getAttribute('data-view');
      const offset = centre(palm).x - centre(head).x;
      // Forward and backward from the side, facing right; left and right from behind, so the person's left is the picture's left.
      const side = { forward: { view: 'side', toward: 1 }, backward: { view: 'side', toward: -1 }, left: { view: 'back', toward: -1 }, right: { view: 'back', toward: 1 } }[expected];
      expect({ repetition: index + 1, view, side: Math.sign(offset), clearOfCentre: Math.abs(offset) > head.width * 0.3 }).toEqual({ repetition: index + 1, view: side?.view, side: side?.toward, clearOfCentre: true });
      // The palm lies against the head (within 3 px of its outline) and over its height.
      const gap = offset > 0 ? palm.x - (head.x + head.width) : head.x - (palm.x + palm.width);
      expect(gap, `gap between palm and head, repetition ${index + 1}`).toBeLessThanOrEqual(3);
      expect(palm.y < head.y + head.height && palm.y + palm.height > head.y).toBe(true);
      // Pressure reads as pressure: arrows that point at the head, shown while holding.
      const pressure = await part(page, 'pressure');
      expect(offset > 0 ? pressure.x > palm.x : pressure.x + pressure.width < palm.x + palm.width).toBe(true);
      await expect(page.locator('[data-part="pressure"]').evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('1');
      seen.push(`${view}:${Math.round(centre(palm).x)},${Math.round(centre(palm).y)}`);
    }
    expect(new Set(seen).size).toBe(cues.length);
  });

  it('holds still through every hold, and a rest stands still once back in its pose', async () => {
    const page = await open();
    for (const ex of LIBRARY) {
      const phases = phasesOf(ex);
      for (const phase of phases.filter((p) => p.kind === 'hold')) {
        await showFigure(page, shown(ex, phase), SMALLEST_PX);
        expect({ exercise: ex.id, repetition: phase.repetition, animations: await figureAnimations(page) }).toEqual({ exercise: ex.id, repetition: phase.repetition, animations: [] });
      }
      // A rest, including five minutes at the end of a break: at most a short settling move, then nothing.
      await showFigure(page, { illustration: ex.illustration, phase: 'rest', repetition: 1, phaseSeconds: 300 }, SMALLEST_PX);
      for (const animation of await figureAnimations(page)) {
        expect({ exercise: ex.id, endlessly: animation.endlessly, endsWithinTwoSeconds: animation.endMs <= 2 * MS_PER_SECOND }).toEqual({ exercise: ex.id, endlessly: false, endsWithinTwoSeconds: true });
      }
    }
  });

  it('moves into the held pose while getting into position, arriving as the hold begins, and goes back and comes again on a release', async () => {
    const page = await open();
    for (const ex of LIBRARY.filter((candidate) => candidate.timing.pattern === 'hold')) {
      const phases = phasesOf(ex);
      const position = must(phases.find((p) => p.kind === 'position'), 'position phase');
      const release = must(phases.find((p) => p.kind === 'release'), 'release phase');
      await showFigure(page, { ...shown(ex, release), phase: 'hold' }, SMALLEST_PX);
      const held = await pose(page);
      await showFigure(page, shown(ex, { ...position, repetition: release.repetition }), SMALLEST_PX, 0);
      const starting = await pose(page);
      await seekFigure(page, position.seconds * MS_PER_SECOND);
      const positioned = await pose(page);
      expect({ exercise: ex.id, moves: poseDistance(starting, held) > 3, arrives: poseDistance(positioned, held) <= SAME_POSE_PX }).toEqual({ exercise: ex.id, moves: true, arrives: true });

      await showFigure(page, shown(ex, release), SMALLEST_PX);
      const midway: number[] = [];
      for (let atMs = 0; atMs <= release.seconds * MS_PER_SECOND; atMs += 250) {
        await seekFigure(page, atMs);
        midway.push(poseDistance(await pose(page), held));
      }
      expect({ exercise: ex.id, leavesThePose: Math.max(...midway) > 3, endsInIt: (midway.at(-1) ?? Infinity) <= SAME_POSE_PX }).toEqual({ exercise: ex.id, leavesThePose: true, endsInIt: true });
    }
  });

  it('glides the chin-tuck head straight back by at least 20 px at the smallest size', async () => {
    const page = await open();
    const tuck = exercise('seated-chin-tuck');
    await showFigure(page, { illustration: tuck.illustration, phase: 'position', phaseSeconds: tuck.timing.positionSeconds }, SMALLEST_PX, 0);
    const before = await part(page, 'head');
    await showFigure(page, { illustration: tuck.illustration, phase: 'hold' }, SMALLEST_PX);
    const after = await part(page, 'head');
    const back = before.x - after.x;
    expect(back).toBeGreaterThanOrEqual(20);
    expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(4);
    // A face with a chin, and the double chin it makes, seen while holding.
    await expect(page.locator('[data-part="double-chin"]').evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('1');
  });

  it('makes the small supine nod visible at the smallest size: the gaze swings from the ceiling toward the chest', async () => {
    const page = await open();
    const nod = exercise('supine-neck-nod');
    await showFigure(page, { illustration: nod.illustration, phase: 'position', phaseSeconds: nod.timing.positionSeconds }, SMALLEST_PX, 0);
    const ceiling = await part(page, 'gaze');
    await showFigure(page, { illustration: nod.illustration, phase: 'hold' }, SMALLEST_PX);
    const chest = await part(page, 'gaze');
    expect(ceiling.width).toBeLessThan(4);
    expect(ceiling.x - chest.x).toBeGreaterThanOrEqual(40);
  });

  it('moves both shoulder blades toward the spine, seen from behind', async () => {
    const page = await open();
    const squeeze = exercise('standing-shoulder-squeeze');
    await showFigure(page, { illustration: squeeze.illustration, phase: 'position', phaseSeconds: squeeze.timing.positionSeconds }, SMALLEST_PX, 0);
    const [leftBefore, rightBefore] = [centre(await part(page, 'left-blade')), centre(await part(page, 'right-blade'))];
    await showFigure(page, { illustration: squeeze.illustration, phase: 'hold' }, SMALLEST_PX);
    const [leftAfter, rightAfter] = [centre(await part(page, 'left-blade')), centre(await part(page, 'right-blade'))];
    expect(leftAfter.x - leftBefore.x).toBeGreaterThanOrEqual(8);
    expect(rightBefore.x - rightAfter.x).toBeGreaterThanOrEqual(8);
    expect(rightAfter.x - leftAfter.x).toBeLessThan(rightBefore.x - leftBefore.x - 16);
  });

  it('tells the two head lifts on the floor apart: one rests chin down and lets the eyes lead up, the other goes through the whole nod', async () => {
    const page = await open();
    const prone = exercise('prone-head-lift');
    const elbow = exercise('elbow-head-lift');
    const startOf = async (ex: Exercise) => {
      await showFigure(page, { illustration: ex.illustration, phase: 'position', phaseSeconds: ex.timing.positionSeconds }, SMALLEST_PX, 0);
      return part(page, 'head');
    };
    const proneStart = await startOf(prone);
    const elbowStart = await startOf(elbow);
    expect(proneStart.y - elbowStart.y).toBeGreaterThanOrEqual(5);
    await showFigure(page, { illustration: prone.illustration, phase: 'hold' }, SMALLEST_PX);
    await expect(page.locator('[data-part="eyes-up"]').evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('1');
    // On the way up, the elbow lift first sinks the chin toward the chest.
    const positionMs = elbow.timing.positionSeconds * MS_PER_SECOND;
    await showFigure(page, { illustration: elbow.illustration, phase: 'position', phaseSeconds: elbow.timing.positionSeconds }, SMALLEST_PX);
    let lowest = elbowStart.y;
    for (let atMs = 0; atMs <= positionMs; atMs += 200) {
      await seekFigure(page, atMs);
      lowest = Math.max(lowest, (await part(page, 'head')).y);
    }
    expect(lowest - elbowStart.y).toBeGreaterThanOrEqual(5);
    await expect(partBox(page, 'range')).resolves.not.toBeNull();
  });

  it('draws walk tall as posture and the short walk as walking away from the desk', async () => {
    const page = await open();
    await showFigure(page, { illustration: 'walk-tall', phase: 'walk' }, SMALLEST_PX, 0);
    const stacked = await page.locator('[data-part="stack"] circle').evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect()).map((box) => box.x + box.width / 2));
    expect(stacked).toHaveLength(3);
    expect(Math.max(...stacked) - Math.min(...stacked)).toBeLessThanOrEqual(1);
    await expect(partBox(page, 'desk')).resolves.toBeNull();
    const tall = await page.getByTestId('frame').screenshot();
    await showFigure(page, { illustration: 'short-walk', phase: 'walk' }, SMALLEST_PX, 0);
    await expect(partBox(page, 'desk')).resolves.not.toBeNull();
    await expect(partBox(page, 'stack')).resolves.toBeNull();
    const away = await page.getByTestId('frame').screenshot();
    expect(tall.equals(away)).toBe(false);
  });

  it('keeps walkers stepping only while walking (and not while the break is paused), and cat-cow moving with each breath', async () => {
    const page = await open();
    for (const illustration of ['walk-tall', 'short-walk']) {
      await showFigure(page, { illustration, phase: 'walk', phaseSeconds: 60 }, SMALLEST_PX);
      const walking = await figureAnimations(page);
      expect(walking.some((animation) => animation.endlessly && animation.playState === 'running')).toBe(true);
      await showFigure(page, { illustration, phase: 'walk', phaseSeconds: 60, paused: true }, SMALLEST_PX);
      expect((await figureAnimations(page)).every((animation) => animation.playState === 'paused')).toBe(true);
      for (const still of ['position', 'rest'] as const) {
        await showFigure(page, { illustration, phase: still }, SMALLEST_PX);
        expect({ illustration, still, animations: await figureAnimations(page) }).toEqual({ illustration, still, animations: [] });
      }
    }
    const catCow = exercise('cat-cow');
    const { timing } = catCow;
    if (timing.pattern !== 'breathe') throw new Error('cat-cow is paced by the breath');
    const { breatheOutSeconds, breatheInSeconds } = timing;
    await showFigure(page, { illustration: catCow.illustration, phase: 'position' }, SMALLEST_PX);
    const flat = await part(page, 'back');
    const flatPose = await pose(page);
    // The first breath out starts from the flat back it was getting into, not from a cow it never made.
    await showFigure(page, { illustration: catCow.illustration, phase: 'breathe-out', repetition: 1, phaseSeconds: breatheOutSeconds }, SMALLEST_PX, 0);
    expect(poseDistance(await pose(page), flatPose)).toBeLessThanOrEqual(SAME_POSE_PX);
    await showFigure(page, { illustration: catCow.illustration, phase: 'breathe-out', repetition: 2, phaseSeconds: breatheOutSeconds }, SMALLEST_PX);
    expect((await figureAnimations(page)).every((animation) => animation.durationMs === breatheOutSeconds * MS_PER_SECOND && !animation.endlessly)).toBe(true);
    await seekFigure(page, breatheOutSeconds * MS_PER_SECOND);
    const rounded = await part(page, 'back');
    await showFigure(page, { illustration: catCow.illustration, phase: 'breathe-in', repetition: 2, phaseSeconds: breatheInSeconds }, SMALLEST_PX, breatheInSeconds * MS_PER_SECOND);
    const sunk = await part(page, 'back');
    expect(flat.y - rounded.y).toBeGreaterThanOrEqual(15);
    expect(sunk.y + sunk.height - (flat.y + flat.height)).toBeGreaterThanOrEqual(10);
  });

  it('stands still in each phase’s pose when the system asks for reduced motion', async () => {
    const page = await open({ reducedMotion: 'reduce' });
    for (const ex of LIBRARY) {
      const kinds = [...new Set(phasesOf(ex).map((phase) => phase.kind))];
      for (const kind of kinds) {
        await showFigure(page, { illustration: ex.illustration, phase: kind, repetition: 2 }, SMALLEST_PX);
        expect({ exercise: ex.id, kind, animations: await figureAnimations(page) }).toEqual({ exercise: ex.id, kind, animations: [] });
      }
      if (ex.timing.pattern === 'hold') {
        // Getting into position shows the pose to get into.
        await showFigure(page, { illustration: ex.illustration, phase: 'hold' }, SMALLEST_PX);
        const held = await pose(page);
        await showFigure(page, { illustration: ex.illustration, phase: 'position' }, SMALLEST_PX);
        expect({ exercise: ex.id, distance: poseDistance(await pose(page), held) <= SAME_POSE_PX }).toEqual({ exercise: ex.id, distance: true });
      }
    }
  });

  it('loops through its movement when shown without a phase (a preview outside a break)', async () => {
    const page = await open();
    for (const ex of LIBRARY) {
      await showFigure(page, { illustration: ex.illustration }, SMALLEST_PX);
      const animations = await figureAnimations(page);
      expect({ exercise: ex.id, loops: animations.length > 0 && animations.every((animation) => animation.endlessly) }).toEqual({ exercise: ex.id, loops: true });
    }
  });

  it('scales with its container, from the smallest to the largest size the break screen gives it', async () => {
    const page = await open();
    for (const widthPx of [SMALLEST_PX, LARGEST_PX]) {
      await showFigure(page, { illustration: 'chin-tuck', phase: 'hold' }, widthPx);
      const figure = must(await page.locator('svg').boundingBox(), 'svg');
      expect(Math.round(figure.width)).toBe(widthPx);
    }
  });
});
