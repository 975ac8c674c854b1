// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../preload/contract';
import { App } from '../../renderer/src/App';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { postureResetSession, TEST_NOW } from '../support/sessions';
import { createTestBridge } from './testBridge';
import type { HistoryService } from '../../main/history/historyService';
import { emptyDay } from '../../main/core/history/daySummary';
import { historyServiceWith } from '../support/historyBridge';
import { TEST_TODAY } from '../support/sessions';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { buildRoutine } from '../../main/core/exercises/routineBuilder';

const NOW = TEST_NOW;
const postureReset = postureResetSession;
/** A 95-second routine at the desk: five chin tucks, then two neck presses (and 4 s of rest). */
const deskRoutine: Session = {
  ...postureReset,
  kind: 'routine',
  untilWallMs: NOW + 95_000,
  steps: buildRoutine(builtInLibrary(), { kind: 'routine', durationSeconds: 95, positions: ['seated'], excluded: ['eye-rest'], lastExerciseId: null }),
};

/** Every timer the player and the page use stands still until the test moves the clock. */
const FAKED: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] };

const BRIDGE_TURNS = 10;

async function show(session: Session, locale: 'en' | 'de' = 'en', history?: HistoryService, atMs = NOW) {
  // i18next finishes its set-up on a timer of its own: let it, before the clock is frozen.
  const i18n = await createI18n(locale);
  vi.useFakeTimers({ ...FAKED, now: atMs });
  // Testing Library drains its queue on a timer and knows only Jest's way of moving fake ones.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  const bridge = createTestBridge(session, undefined, history);
  render(
    <I18nextProvider i18n={i18n}>
      <App bridge={bridge} />
    </I18nextProvider>,
  );
  // The bridge answers in a few promise turns; no time passes meanwhile.
  for (let turn = 0; turn < BRIDGE_TURNS && screen.queryByRole('heading', { level: 1 }) === null; turn++) await act(async () => undefined);
  await act(async () => undefined);
  expect(Date.now()).toBe(atMs);
  return { bridge, user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) };
}
const MS_PER_SECOND = 1000;
/** The phase as the screen shows it: its word and its countdown ("Hold 10"). */
const shownPhase = () => `${document.querySelector('.phase-word')?.textContent ?? ''} ${document.querySelector('.phase-count')?.textContent ?? ''}`;
const pass = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const seconds = (n: number) => pass(n * MS_PER_SECOND);

describe('the break player', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('walks through a whole posture reset: position, hold countdown, repetitions, progress, rest, then done as the break ends', async () => {
    const { bridge, user } = await show(postureReset);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Seated chin tuck');
    expect(screen.getByText('Repetition 1 of 2')).toBeInTheDocument();
    expect(shownPhase()).toBe('Get into position 3');
    await seconds(3);
    expect(shownPhase()).toBe('Hold 10');
    await seconds(4);
    expect(shownPhase()).toBe('Hold 6');
    expect(screen.getByRole('progressbar', { name: 'Break progress' })).toHaveAttribute('value', '7');
    await seconds(6);
    expect(screen.getByText('Repetition 2 of 2')).toBeInTheDocument();
    expect(shownPhase()).toBe('Relax 3');
    await seconds(13);
    // Both holds done; the four seconds left of the break are rest.
    expect(shownPhase()).toBe('Rest 4');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Seated chin tuck');
    await pass(3_999);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Seated chin tuck');
    await pass(1);
    expect(Date.now()).toBe(postureReset.untilWallMs);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nice work');
    expect(screen.getByText('You did 1 exercise.')).toBeInTheDocument();
    expect(screen.getByText(/^No streak yet/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'How does your neck feel?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Better' }));
    expect(screen.getByRole('button', { name: 'Better' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Thanks — noted.');
    await user.click(screen.getByRole('button', { name: 'Back to work' }));
    expect(bridge.calls).toEqual([
      ['checkIn', { feeling: 'better' }],
      ['finishBreak', undefined],
    ]);
  });

  it('shows a break that arrives late where it is by the clock, and ends it with the engine', async () => {
    await show(postureReset, 'en', undefined, NOW + 20_500);
    expect(screen.getByText('Repetition 2 of 2')).toBeInTheDocument();
    expect(shownPhase()).toBe('Hold 6');
    expect(screen.getByRole('progressbar', { name: 'Break progress' })).toHaveAttribute('value', '20');
    await pass(500);
    expect(shownPhase()).toBe('Hold 5');
    await pass(8_999);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Seated chin tuck');
    await pass(1);
    expect(Date.now()).toBe(postureReset.untilWallMs);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nice work');
  });

  it('plays a new break from its start when one follows another in the same window', async () => {
    const { bridge } = await show(postureReset);
    await seconds(30);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nice work');
    await act(() => bridge.push({ ...postureReset, untilWallMs: Date.now() + 30_000 }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Seated chin tuck');
    expect(shownPhase()).toBe('Get into position 3');
  });

  it('pauses and resumes from the keyboard (Space), and moves on with Enter', async () => {
    await show(deskRoutine);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seconds(5);
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await seconds(60);
    expect(screen.getByText('Repetition 1 of 5')).toBeInTheDocument();
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Neck press against your hand');
  });

  it('counts an exercise left with "Skip this exercise" as skipped, not done, and moves the time left on', async () => {
    const { user } = await show(deskRoutine);
    await seconds(5);
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Neck press against your hand');
    expect(screen.getByText('0:30 left in this break')).toBeInTheDocument();
    await seconds(30);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nice work');
    expect(screen.getByText('You did 1 exercise and skipped 1.')).toBeInTheDocument();
  });

  it('stops when it hurts: takes the exercise out, says what to do and lists the red flags', async () => {
    const { bridge, user } = await show(postureReset);
    await user.click(screen.getByRole('button', { name: 'This hurts — stop' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Stopped');
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(bridge.calls).toEqual([['reportHurt', { exerciseId: 'seated-chin-tuck' }]]);
  });

  it('hides snooze and skip in strict mode, but never "this hurts" or pause', async () => {
    await show({ ...postureReset, canSnooze: false, canSkip: false });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Pause', 'Skip this exercise', 'This hurts — stop']);
  });

  it('speaks German', async () => {
    await show(postureReset, 'de');
    expect(screen.getByText('Wiederholung 1 von 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Das tut weh – stopp' })).toBeInTheDocument();
  });

  it('ends with the current and longest streak from the history', async () => {
    const metDay = (date: string) => ({ ...emptyDay(date), activeSeconds: 20_000, longestSittingSeconds: 3_000, breaksTaken: 6 });
    const history = historyServiceWith([metDay('2026-02-20'), metDay('2026-02-23'), { ...metDay('2026-02-24'), breaksTaken: 1 }, metDay('2026-02-26'), metDay('2026-02-27')], TEST_TODAY);
    await show(postureReset, 'en', history);
    await seconds(30);
    expect(await screen.findByText('Current streak: 2 days. Longest: 2 days.')).toBeInTheDocument();
  });
});
