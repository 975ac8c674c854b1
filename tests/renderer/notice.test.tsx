// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../preload/contract';
import { App } from '../../renderer/src/App';
import type { ActiveSession } from '../../renderer/src/sessionTypes';
import { languageFor } from '../../main/core/shared/languages';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { memoryDocument } from '../../main/store/memoryDocument';
import { createI18n, pickLocale } from '../../renderer/src/i18n/i18n';
import { localeFor, type LanguageSetting } from '../../renderer/src/i18n/useLanguageSetting';
import { createTestBridge } from './testBridge';

const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const notice = (over: Partial<ActiveSession> = {}): Session => ({ mode: 'notice', kind: 'micro', untilWallMs: NOW + 30_000, canSnooze: true, canSkip: true, steps: [], ...over });

async function show(session: Session, locale: 'en' | 'de' = 'en') {
  const bridge = createTestBridge(session);
  const i18n = await createI18n(locale);
  render(
    <I18nextProvider i18n={i18n}>
      <App bridge={bridge} />
    </I18nextProvider>,
  );
  // Generous: the machine may be busy building or running Chromium for other test files.
  await screen.findByRole('heading', {}, { timeout: 10_000 });
  // Let React run its effects (the countdown's interval starts in one) before time is moved.
  await act(async () => undefined);
  return bridge;
}

describe('the notice window', () => {
  beforeEach(() => {
    // Only the clock the countdown reads is faked; Testing Library's own waiting keeps real timers.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says what is coming, counts down, and lets the person start, snooze or skip', async () => {
    const bridge = await show(notice());
    expect(screen.getByRole('heading')).toHaveTextContent('Posture reset coming up');
    expect(screen.getByText('Starts in 30 seconds')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(29_000));
    expect(screen.getByText('Starts in 1 second')).toBeInTheDocument();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('button', { name: 'Snooze' }));
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(bridge.calls).toEqual([
      ['respond', { response: 'snooze' }],
      ['respond', { response: 'skip' }],
      ['respond', { response: 'start' }],
    ]);
  });

  it('reads a wait of a minute or more as a clock, as the break does, and seconds under a minute', async () => {
    await show(notice({ untilWallMs: NOW + 300_000 }), 'de');
    expect(screen.getByText('Beginnt in 5:00')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(241_000));
    expect(screen.getByText('Beginnt in 59 Sekunden')).toBeInTheDocument();
  });

  it('hides snooze and skip when they are not allowed', async () => {
    await show(notice({ canSnooze: false, canSkip: false }));
    expect(screen.queryByRole('button', { name: 'Snooze' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
  });

  it('announces the countdown politely, not every second', async () => {
    await show(notice());
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Posture reset starts in 30 seconds.');
    act(() => void vi.advanceTimersByTime(5_000));
    expect(status).toHaveTextContent('Posture reset starts in 30 seconds.');
    act(() => void vi.advanceTimersByTime(5_000));
    expect(status).toHaveTextContent('Posture reset starts in 20 seconds.');
  });

  it('speaks German, with German plurals', async () => {
    await show(notice({ kind: 'routine', untilWallMs: NOW + 1_000 }), 'de');
    expect(screen.getByRole('heading')).toHaveTextContent('Bewegungsroutine gleich');
    expect(screen.getByText('Beginnt in 1 Sekunde')).toBeInTheDocument();
  });

  it('takes the OS languages the main process read over the page’s own, so every window speaks the tray’s language', () => {
    const view = (language: LanguageSetting, systemLanguages: string[]) => ({ systemLanguages, values: { appearance: { language, theme: 'system' as const } } });
    // Finnish first, which Breakwise does not speak, then Swedish: the tray and the windows both pick Swedish.
    expect(localeFor(view('system', ['fi-FI', 'sv-FI']), '')).toBe('sv');
    expect(languageFor('system', ['fi-FI', 'sv-FI'])).toBe('sv');
    expect(localeFor(view('system', []), '')).toBe(pickLocale(navigator.languages));
    expect(localeFor(view('ja', ['sv-FI']), '')).toBe('ja');
    expect(localeFor(view('system', ['de-DE']), '?locale=en-XA')).toBe('en-XA');
    const preferences = new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(), () => 0, [], () => ['fi-FI', 'sv-FI']);
    expect(preferences.view().systemLanguages).toEqual(['fi-FI', 'sv-FI']);
  });

  it('follows the OS language when it is supported, English otherwise, and an override first', () => {
    expect(pickLocale(['de-AT', 'en-US'])).toBe('de');
    expect(pickLocale(['fr-FR', 'it'])).toBe('fr');
    expect(pickLocale(['fi-FI', 'ko'])).toBe('en');
    expect(pickLocale(['de-DE'], 'en')).toBe('en');
  });
});
