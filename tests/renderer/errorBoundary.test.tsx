// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { createTestBridge } from './testBridge';

/** Which windows fail to render, as a bug in one of them would. */
const { failing, windowThatFails } = vi.hoisted(() => {
  const failing = new Set<string>();
  const windowThatFails = (name: string) => () => {
    if (failing.has(name)) throw new Error(`${name} failed to render`);
    return <p>{name} window</p>;
  };
  return { failing, windowThatFails };
});
vi.mock('../../renderer/src/BreakWindow', () => ({ BreakWindow: windowThatFails('break') }));
vi.mock('../../renderer/src/settings/SettingsWindow', () => ({ SettingsWindow: windowThatFails('settings') }));
vi.mock('../../renderer/src/history/HistoryWindow', () => ({ HistoryWindow: windowThatFails('history') }));
vi.mock('../../renderer/src/welcome/FirstRunWindow', () => ({ FirstRunWindow: windowThatFails('welcome') }));

async function open(route: string) {
  const bridge = createTestBridge({ mode: 'idle' });
  const finishBreak = vi.spyOn(bridge, 'finishBreak');
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <App bridge={bridge} route={route} />
    </I18nextProvider>,
  );
  return { bridge, finishBreak };
}

describe('a window that fails to render', () => {
  // React reports on the console what a boundary caught; here that is expected.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => {
    cleanup();
    failing.clear();
    vi.restoreAllMocks();
  });

  it('shows a plain message and ends the break cleanly through the bridge', async () => {
    failing.add('break');
    const { finishBreak } = await open('');
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong in this window.');
    failing.clear();
    await userEvent.click(screen.getByRole('button', { name: 'End the break' }));
    expect(finishBreak).toHaveBeenCalledTimes(1);
    // With the break over, the window renders afresh for the next one.
    expect(await screen.findByText('break window')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tries the break window again when a new session arrives, without ending anything', async () => {
    failing.add('break');
    const { bridge, finishBreak } = await open('');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    failing.clear();
    act(() => bridge.push({ mode: 'idle' }));
    expect(await screen.findByText('break window')).toBeInTheDocument();
    expect(finishBreak).not.toHaveBeenCalled();
  });

  it.each(['#settings', '#history', '#welcome'])('%s offers to close the window', async (route) => {
    failing.add(route.slice(1));
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const { finishBreak } = await open(route);
    // These windows load their code when opened.
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong in this window.');
    await userEvent.click(screen.getByRole('button', { name: 'Close this window' }));
    expect(close).toHaveBeenCalledTimes(1);
    expect(finishBreak).not.toHaveBeenCalled();
  });

  it('leaves a window that renders alone', async () => {
    await open('#history');
    expect(await screen.findByText('history window')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
