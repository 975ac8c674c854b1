// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../preload/contract';
import { App } from '../../renderer/src/App';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { postureResetSession, TEST_NOW } from '../support/sessions';
import { createTestBridge } from './testBridge';
import type { HistoryService } from '../../main/history/historyService';
import { emptyDay } from '../../main/core/history/daySummary';
import { historyServiceWith } from '../support/historyBridge';
import { TEST_TODAY } from '../support/sessions';

const NOW = TEST_NOW;
const postureReset = postureResetSession;

async function show(session: Session, locale: 'en' | 'de' = 'en', history?: HistoryService) {
  const bridge = createTestBridge(session, undefined, history);
  render(
    <I18nextProvider i18n={await createI18n(locale)}>
      <App bridge={bridge} />
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  await act(async () => undefined);
  return { bridge, user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) };
}
const seconds = (n: number) => act(() => void vi.advanceTimersByTime(n * 1000));

describe('the break player', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW }));
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('walks through a whole posture reset: position, hold countdown, repetitions, progress, then done', async () => {
    const { bridge, user } = await show(postureReset);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Seated chin tuck');
    expect(screen.getByText('Repetition 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('Get into position')).toBeInTheDocument();
    await seconds(3);
    expect(screen.getByText('Hold — 10 seconds')).toBeInTheDocument();
    await seconds(4);
    expect(screen.getByText('Hold — 6 seconds')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Break progress' })).toHaveAttribute('value', '7');
    await seconds(6);
    expect(screen.getByText('Repetition 2 of 2')).toBeInTheDocument();
    await seconds(13);
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

  it('pauses and resumes from the keyboard (Space), and moves on with Enter', async () => {
    await show({ ...postureReset, steps: [...postureReset.steps, { exerciseId: 'eye-rest', repetitions: 1, sets: 1, seconds: 30 }] });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seconds(5);
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await seconds(60);
    expect(screen.getByText('Repetition 1 of 2')).toBeInTheDocument();
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Eye rest');
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
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Pause', 'Next exercise', 'This hurts — stop']);
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
    await seconds(26);
    expect(await screen.findByText('Current streak: 2 days. Longest: 2 days.')).toBeInTheDocument();
  });
});
