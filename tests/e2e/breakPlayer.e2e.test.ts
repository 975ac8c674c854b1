import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postureResetSession, TEST_NOW } from '../support/sessions';
import { engineBreak } from '../support/engineBreak';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { buildRoutine } from '../../main/core/exercises/routineBuilder';
import type { Session } from '../../preload/contract';
import { bridgeCalls, memoryPreferences, openRenderer, rendererInChromium } from './support/browser';

const NOW = TEST_NOW;
const postureReset = postureResetSession;
/** Three minutes at the desk after a chin tuck: neck presses (52 s), shoulder squeezes (67 s), a walk (61 s). */
const movementRoutine: Session = {
  ...postureReset,
  kind: 'routine',
  untilWallMs: NOW + 180_000,
  steps: buildRoutine(builtInLibrary(), { kind: 'routine', durationSeconds: 180, positions: ['seated', 'standing', 'walking'], excluded: [], lastExerciseId: 'seated-chin-tuck' }),
};

/** A break of the built-in library's floor exercises, starting after `lastExerciseId`. */
const floorBreak = (durationSeconds: number, lastExerciseId: string | null): Session => ({
  ...postureReset,
  kind: 'routine',
  untilWallMs: NOW + durationSeconds * 1000,
  steps: buildRoutine(builtInLibrary(), { kind: 'routine', durationSeconds, positions: ['floor'], excluded: [], lastExerciseId }),
});
/** Head lifts on the elbows: 10 s getting down, five 5-second holds with 5 s between them. */
const elbowLifts = floorBreak(55, null);
/** Cat-cow: 10 s getting onto all fours, then five breaths out and in, 4 s each. */
const catCow = floorBreak(50, 'supine-neutral-rest');
/** Lying with the head in line: 15 s getting down, a five-minute rest. */
const neutralRest = floorBreak(315, 'supine-neck-nod');
/** The short walk: 10 s getting up, a minute and a half of walking. */
const shortWalk: Session = {
  ...postureReset,
  kind: 'routine',
  untilWallMs: NOW + 100_000,
  steps: buildRoutine(builtInLibrary(), { kind: 'routine', durationSeconds: 100, positions: ['walking'], excluded: [], lastExerciseId: 'walk-tall' }),
};

/** The phase as the screen shows it: its word and its countdown ("Hold 10", "Rest 4:58"). */
const shownPhase = async (page: Page): Promise<string> => `${(await page.locator('.phase-word').textContent()) ?? ''} ${(await page.locator('.phase-count').textContent()) ?? ''}`;

/** The seconds the phase countdown shows (whatever its words), or null when it shows none. */
const countdown = async (page: Page): Promise<number | null> => {
  const shown = (await page.locator('.phase-count').textContent()) ?? '';
  const clock = /(\d+):(\d{2})/.exec(shown);
  if (clock !== null) return Number(clock[1]) * 60 + Number(clock[2]);
  const seconds = /\d+/.exec(shown);
  return seconds === null ? null : Number(seconds[0]);
};
const pageNow = (page: Page) => page.evaluate(() => Date.now());
const pushSession = (page: Page, session: Session) => page.evaluate((s) => (window as unknown as { __pushSession(s: unknown): void }).__pushSession(s), session);

/** Records what the page asks the browser to say and which tones it starts, instead of making sound. */
const SOUND_SPY = `
  window.__spoken = [];
  window.__tones = [];
  speechSynthesis.speak = (utterance) => window.__spoken.push({ text: utterance.text, lang: utterance.lang });
  const createOscillator = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function () {
    const oscillator = createOscillator.call(this);
    const start = oscillator.start.bind(oscillator);
    oscillator.start = (when) => (window.__tones.push(oscillator.frequency.value), start(when));
    return oscillator;
  };`;
const heard = (page: Page) =>
  page.evaluate(() => {
    const spy = window as unknown as { __spoken: { text: string; lang: string }[]; __tones: number[] };
    return { spoken: spy.__spoken, tones: spy.__tones };
  });

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('the break player in Chromium', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });

  it('plays a whole posture reset to its end on the page clock', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), postureReset, { now: NOW });
    await expect(heading(page)).resolves.toBe('Seated chin tuck');
    await page.clock.runFor(3_000);
    await expect(shownPhase(page)).resolves.toBe('Hold 10');
    await page.clock.runFor(26_999);
    await expect(heading(page)).resolves.toBe('Seated chin tuck');
    await page.clock.runFor(1);
    await expect(heading(page)).resolves.toBe('Nice work');
    await page.getByRole('button', { name: 'Back to work' }).click();
    expect(await bridgeCalls(page)).toEqual([['finishBreak', null]]);
  });

  it.each(['micro', 'routine'] as const)(
    'ends a %s break the engine made on the engine’s second, on a display that had it from the start and on one that got it late',
    async (kind) => {
      const { session, startedWallMs, endedWallMs } = engineBreak(kind);
      const LATE_MS = 12_345;
      const onTime = await openRenderer(chromium.browser(), chromium.url(), session, { now: startedWallMs });
      const late = await openRenderer(chromium.browser(), chromium.url(), { mode: 'idle' }, { now: startedWallMs });
      await Promise.all([onTime.clock.runFor(LATE_MS), late.clock.runFor(LATE_MS)]);
      await pushSession(late, session);
      await late.locator('#exercise-title').waitFor();
      // The late window starts where the break is by the clock, not at its beginning.
      for (const page of [onTime, late]) {
        await expect(page.getByRole('progressbar', { name: 'Break progress' }).getAttribute('value')).resolves.toBe(String(Math.floor(LATE_MS / 1000)));
      }
      expect([await heading(late), await shownPhase(late)]).toEqual([await heading(onTime), await shownPhase(onTime)]);
      // One second before the engine's end both count down their last second; at the end both are done.
      const beforeEndMs = endedWallMs - 1 - (startedWallMs + LATE_MS);
      await Promise.all([onTime.clock.runFor(beforeEndMs), late.clock.runFor(beforeEndMs)]);
      for (const page of [onTime, late]) {
        await expect(pageNow(page)).resolves.toBe(endedWallMs - 1);
        await expect(countdown(page)).resolves.toBe(1);
        await expect(page.getByRole('progressbar', { name: 'Break progress' }).getAttribute('value')).resolves.toBe(String((endedWallMs - startedWallMs) / 1000 - 1));
      }
      await Promise.all([onTime.clock.runFor(1), late.clock.runFor(1)]);
      for (const page of [onTime, late]) {
        await expect(pageNow(page)).resolves.toBe(endedWallMs);
        await expect(heading(page)).resolves.toBe('Nice work');
      }
    },
  );

  it('plays a whole movement routine, exercise after exercise, with the cue of each repetition', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutine, { now: NOW });
    await expect(heading(page)).resolves.toBe('Neck press against your hand');
    await expect(page.getByText('Exercise 1 of 3').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Repetition 1 of 4', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.break-cue').textContent()).resolves.toBe('Forward: hand on forehead');
    await page.clock.runFor(52_000);
    await expect(page.getByText('Exercise 2 of 3').isVisible()).resolves.toBe(true);
    await page.clock.runFor(67_000);
    await expect(page.getByText('Exercise 3 of 3').isVisible()).resolves.toBe(true);
    await page.clock.runFor(61_000);
    await expect(page.getByText('You did 3 exercises.').isVisible()).resolves.toBe(true);
  });

  it('is usable from the keyboard alone: Tab through the controls, Space pauses, Enter moves on, Esc snoozes', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutine, { now: NOW });
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Resume' }).isVisible()).resolves.toBe(true);
    await page.clock.runFor(30_000);
    await expect(page.getByText('Exercise 1 of 3').isVisible()).resolves.toBe(true);
    await page.keyboard.press(' ');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Exercise 2 of 3').isVisible()).resolves.toBe(true);
    const focused: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      focused.push((await page.evaluate(() => document.activeElement?.textContent)) ?? '');
    }
    expect(focused).toEqual(['Pause', 'Skip this exercise', 'Snooze', 'Skip the break', 'This hurts — stop']);
    await page.keyboard.press('Escape');
    expect(await bridgeCalls(page)).toEqual([['respond', { response: 'snooze' }]]);
  });

  it('stops when it hurts, and shows the red flags', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), postureReset, { now: NOW });
    await page.getByRole('button', { name: 'This hurts — stop' }).click();
    await expect(heading(page)).resolves.toMatch(/^Stopped/);
    await expect(page.getByRole('listitem').count()).resolves.toBe(6);
    expect(await bridgeCalls(page)).toEqual([['reportHurt', { exerciseId: 'seated-chin-tuck' }]]);
  });

  it('holds strict mode: no snooze, no skip, but pause and "this hurts" remain', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), { ...postureReset, canSnooze: false, canSkip: false }, { now: NOW });
    await expect(page.getByRole('button').allTextContents()).resolves.toEqual(['Pause', 'Skip this exercise', 'This hurts — stop']);
  });

  it('speaks German', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), postureReset, { now: NOW, locale: 'de-DE' });
    await expect(page.getByText('Wiederholung 1 von 2', { exact: true }).isVisible()).resolves.toBe(true);
  });

  it('puts the drawing beside the instructions on a wide window, and above them on a narrow one', async () => {
    const boxes = async (width: number) => {
      const page = await openRenderer(chromium.browser(), chromium.url(), postureReset, { now: NOW, viewport: { width, height: 800 } });
      const [figure, details] = await Promise.all([page.locator('.break-figure').boundingBox(), page.locator('.break-side').boundingBox()]);
      return { figure, details };
    };
    const wide = await boxes(1280);
    expect(wide.details?.x).toBeGreaterThanOrEqual((wide.figure?.x ?? 0) + (wide.figure?.width ?? 0));
    expect(Math.abs((wide.details?.y ?? 0) - (wide.figure?.y ?? 0))).toBeLessThan(5);
    const narrow = await boxes(700);
    expect(narrow.details?.y).toBeGreaterThanOrEqual((narrow.figure?.y ?? 0) + (narrow.figure?.height ?? 0));
  });

  it('stays silent by default: no speech, no chime', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), postureReset, { now: NOW, initScript: SOUND_SPY });
    await page.clock.runFor(30_000);
    await expect(heading(page)).resolves.toBe('Nice work');
    expect(await heard(page)).toEqual({ spoken: [], tones: [] });
  });

  it('speaks and chimes each cue when turned on, in the language chosen over the OS one', async () => {
    const preferences = memoryPreferences();
    for (const [path, value] of [['sound.voice', true], ['sound.chime', true], ['appearance.language', 'de']] as const) preferences.set(path, value);
    const page = await openRenderer(chromium.browser(), chromium.url(), postureReset, { now: NOW, locale: 'en-US', preferences, initScript: SOUND_SPY });
    await expect(heading(page)).resolves.toBe('Kinn zurückziehen im Sitzen');
    await page.clock.runFor(30_000);
    const { spoken, tones } = await heard(page);
    expect(spoken.map((u) => u.text)).toEqual([
      // The exercise, its cautions before anything else, then its steps.
      expect.stringMatching(/^Kinn zurückziehen im Sitzen\. Hören Sie auf, sobald Schmerzen auftreten\. .* Setzen Sie sich aufrecht hin/),
      'Halten, 10 Sekunden.',
      'Locker lassen. Wiederholung 2 von 2.',
      'Halten, 10 Sekunden.',
      'Ruhen, 4 Sekunden.',
      'Gut gemacht, das war die ganze Pause.',
    ]);
    expect(new Set(spoken.map((u) => u.lang))).toEqual(new Set(['de']));
    expect(tones.length).toBeGreaterThanOrEqual(spoken.length);
  });

  it('changes language at once when the setting changes during a break', async () => {
    const preferences = memoryPreferences();
    const page = await openRenderer(chromium.browser(), chromium.url(), postureReset, { now: NOW, locale: 'en-US', preferences });
    await expect(heading(page)).resolves.toBe('Seated chin tuck');
    preferences.set('appearance.language', 'de');
    await page.getByRole('heading', { level: 1, name: 'Kinn zurückziehen im Sitzen' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
  });

  it('names each phase truly: "Hold" only for holds, then "Relax"; getting into position; walking, resting and cat-cow’s breaths by name', async () => {
    const routine = await openRenderer(chromium.browser(), chromium.url(), movementRoutine, { now: NOW });
    await expect(shownPhase(routine)).resolves.toBe('Get into position 3');
    await routine.clock.runFor(3_000);
    await expect(shownPhase(routine)).resolves.toBe('Hold 10');
    await routine.clock.runFor(10_000);
    await expect(shownPhase(routine)).resolves.toBe('Relax 3');

    const walk = await openRenderer(chromium.browser(), chromium.url(), shortWalk, { now: NOW });
    await walk.clock.runFor(10_000);
    await expect(shownPhase(walk)).resolves.toBe('Walk 1:30');
    await expect(walk.getByText(/\bHold\b/).count()).resolves.toBe(0);

    const breaths = await openRenderer(chromium.browser(), chromium.url(), catCow, { now: NOW });
    await breaths.clock.runFor(10_000);
    const paced: string[] = [];
    for (let i = 0; i < 4; i++) {
      paced.push(await shownPhase(breaths));
      await breaths.clock.runFor(4_000);
    }
    expect(paced).toEqual(['Breathe out 4', 'Breathe in 4', 'Breathe out 4', 'Breathe in 4']);
  });

  it('counts a minute or more as minutes and seconds (a five-minute rest reads 4:58, never "298 seconds")', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), neutralRest, { now: NOW });
    await page.clock.runFor(17_000);
    await expect(shownPhase(page)).resolves.toBe('Rest 4:58');
    await expect(page.getByText(/298/).count()).resolves.toBe(0);
    await expect(page.getByText('4:58 left in this break').isVisible()).resolves.toBe(true);
  });

  it('shows the repetition only when there are several: "Repetition 1 of 4" for the neck press, nothing for a walk', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutine, { now: NOW });
    await expect(page.getByText('Repetition 1 of 4', { exact: true }).isVisible()).resolves.toBe(true);
    const walk = await openRenderer(chromium.browser(), chromium.url(), shortWalk, { now: NOW });
    await walk.clock.runFor(10_000);
    await expect(walk.getByText(/Repetition|Set \d/).count()).resolves.toBe(0);
  });

  it('shows a floor exercise’s caution while the person gets into position, before it starts, and says it to screen readers', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), elbowLifts, { now: NOW });
    const caution = page.getByText('Only do this if you can get down to the floor and up again safely.', { exact: true });
    await expect(heading(page)).resolves.toBe('Head lifts on your elbows');
    await expect(shownPhase(page)).resolves.toBe('Get into position 10');
    await expect(caution.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Before you start' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Only do this if you can get down to the floor and up again safely.');
    await page.clock.runFor(10_000);
    await expect(shownPhase(page)).resolves.toBe('Hold 5');
    await expect(caution.count()).resolves.toBe(0);
  });

  it('shows the shoulder squeeze’s band as an optional note, only on a doctor’s or physiotherapist’s advice, never as a step', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutine, { now: NOW });
    await page.clock.runFor(52_000);
    await expect(heading(page)).resolves.toBe('Shoulder blade squeeze');
    await expect(page.locator('.break-steps li').allTextContents()).resolves.not.toContainEqual(expect.stringMatching(/band/i));
    const note = page.getByRole('complementary', { name: 'Optional, only if your doctor or physiotherapist advised it' });
    await expect(note.textContent()).resolves.toContain('Hold a light band in front of you and pull it gently apart while you squeeze.');
  });

  it('moves the progress and the time left on when an exercise is skipped, and ends counting it as skipped, not done', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutine, { now: NOW });
    const progress = () => page.getByRole('progressbar', { name: 'Break progress' }).getAttribute('value');
    await page.clock.runFor(5_000);
    await expect(progress()).resolves.toBe('5');
    await expect(page.getByText('2:55 left in this break').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Skip this exercise' }).click();
    // The neck presses' 52 seconds are behind the player now.
    await expect(heading(page)).resolves.toBe('Shoulder blade squeeze');
    await expect(progress()).resolves.toBe('52');
    await expect(page.getByText('2:08 left in this break').isVisible()).resolves.toBe(true);
    await page.clock.runFor(128_000);
    await expect(heading(page)).resolves.toBe('Nice work');
    await expect(page.getByText('You did 2 exercises and skipped 1.').isVisible()).resolves.toBe(true);
    expect(await bridgeCalls(page)).toEqual([]);
  });

  it('says so when every exercise was skipped: no praise, "You skipped all 3 exercises"', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutine, { now: NOW });
    for (const title of ['Neck press against your hand', 'Shoulder blade squeeze', 'Walk tall']) {
      await expect(heading(page)).resolves.toBe(title);
      await page.getByRole('button', { name: 'Skip this exercise' }).click();
    }
    await expect(heading(page)).resolves.toBe('Break over');
    await expect(page.getByText('You skipped all 3 exercises.').isVisible()).resolves.toBe(true);
  });

  it('tells skipping an exercise from skipping the break: only "Skip the break" ends it', async () => {
    const page = await openRenderer(chromium.browser(), chromium.url(), movementRoutine, { now: NOW });
    await page.getByRole('button', { name: 'Skip this exercise' }).click();
    await expect(page.getByText('Exercise 2 of 3').isVisible()).resolves.toBe(true);
    expect(await bridgeCalls(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skip the break' }).click();
    expect(await bridgeCalls(page)).toEqual([['respond', { response: 'skip' }]]);
  });
});
