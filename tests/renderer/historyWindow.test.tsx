// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../preload/contract';
import type { HistoryService } from '../../main/history/historyService';
import { App } from '../../renderer/src/App';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { NO_POLICY } from '../../main/core/policy/policyLayers';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { memoryDocument } from '../../main/store/memoryDocument';
import { historyServiceWith } from '../support/historyBridge';
import { SAMPLE_DAYS } from '../support/historyDays';
import { TEST_TODAY } from '../support/sessions';
import { createTestBridge } from './testBridge';

/** Preferences with `excluded` left out of the breaks; `enforced` when the organization set that list. */
function preferencesExcluding(excluded: readonly string[], enforced = false): PreferencesService {
  const preferences = new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(enforced ? { ...NO_POLICY, enforced: { 'exercises.excluded': excluded } } : NO_POLICY), () => 0);
  if (!enforced) preferences.set('exercises.excluded', excluded);
  return preferences;
}

async function show(history: HistoryService = historyServiceWith(SAMPLE_DAYS, TEST_TODAY), locale: 'en' | 'de' = 'en', preferences?: PreferencesService) {
  const bridge = createTestBridge({ mode: 'idle' }, preferences, history);
  render(
    <I18nextProvider i18n={await createI18n(locale)}>
      <App bridge={bridge} route="#history" />
    </I18nextProvider>,
  );
  // Generous: the machine may be busy building or running Chromium for other test files.
  await screen.findAllByRole('heading', { level: 2 }, { timeout: 10_000 });
  return { bridge, user: userEvent.setup() };
}

/** The figure named `label` in a section: its value and details, as one text. */
const figure = (section: HTMLElement, label: string) => within(section).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('the history window', () => {
  afterEach(cleanup);

  it('has one h1 and a heading for today, streaks, the last 30 days, the check-ins, the exercises that hurt and export', async () => {
    await show();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['History']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Today at a glance',
      'Streaks',
      'The last 30 days',
      'How your neck felt after breaks',
      'Exercises that hurt',
      'Export',
    ]);
    expect(document.title).toBe('History');
  });

  it("shows today's figures against the goal: breaks with natural ones, time at the desk, the longest stretch, routines, snoozes and skips", async () => {
    await show();
    const today = screen.getByRole('region', { name: 'Today at a glance' });
    expect(figure(today, 'Breaks')).toBe('3 of 42 taken, 1 natural break1 more to reach your goal');
    // 2 hours kept plus the half hour of the snapshot; the kept hour is longer than the snapshot's half hour.
    expect(figure(today, 'Time at the desk')).toBe('2 hr 30 min');
    expect(figure(today, 'Longest sitting stretch')).toBe('1 hrGoal: at most 1 hr 30 min');
    expect(figure(today, 'Movement routines')).toBe('1');
    expect(figure(today, 'Breaks snoozed')).toBe('1');
    expect(figure(today, 'Breaks skipped')).toBe('2');
  });

  it('shows the current and longest streak, and says that days without desk activity neither extend nor break one', async () => {
    await show();
    const streaks = screen.getByRole('region', { name: 'Streaks' });
    // The weekend of 28 February and 1 March, absent, does not break 26–27 February; today is not met yet.
    expect(figure(streaks, 'Current streak')).toBe('2 days');
    expect(figure(streaks, 'Longest streak')).toBe('3 days');
    expect(within(streaks).getByText(/at least 4 breaks and no sitting stretch longer than 90 minutes/)).toHaveTextContent(
      'Days without desk activity, such as weekends, neither extend nor break a streak.',
    );
  });

  it('charts the 30 calendar days ending today as an image with a summary, and leaves days without data empty', async () => {
    await show();
    const chart = screen.getByRole('img', { name: /^Chart of the 30 days from Feb 1 to Mar 2:/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Chart of the 30 days from Feb 1 to Mar 2: data on 4 days, 14 breaks in all, at most 5 on one day, and a longest sitting stretch of 2 hr. The table after the chart has every number.',
    );
    // One bar and one sitting dot for each of the 4 days with data (January is outside the window).
    expect(chart.querySelectorAll('.chart-taken')).toHaveLength(4);
    expect(chart.querySelectorAll('.chart-natural')).toHaveLength(3);
    expect(chart.querySelectorAll('.chart-dot')).toHaveLength(4);
    // 26 and 27 February are joined; 10 February and today stand alone.
    expect([...chart.querySelectorAll('.chart-line')].map((line) => line.getAttribute('points')?.split(' ').length)).toEqual([2]);
  });

  it('gives both axes readable steps, not only 0 and the top: breaks by 2, minutes by half hours', async () => {
    await show();
    const chart = screen.getByRole('img', { name: /^Chart of the 30 days/ });
    const figures = [...chart.querySelectorAll('.chart-axis text')].map((text) => text.textContent);
    // At most 5 breaks on a day (goal 4): 0–6 by 2. The longest stretch, 2 hours (goal 90 minutes): 0–120 by 30.
    expect(figures).toEqual(['0', '2', '4', '6', '0', '30', '60', '90', '120']);
  });

  it('says when a natural break counts toward the goal: how long away, within a desk day', async () => {
    await show();
    const section = screen.getByRole('region', { name: 'The last 30 days' });
    expect(within(section).getByText(/^A natural break counts toward your daily goal/)).toHaveTextContent(
      'A natural break counts toward your daily goal of 4 breaks: at least 5 minutes away from the computer during a desk day. Shorter pauses, and the night between two days, do not count.',
    );
  });

  it('shows how the neck felt after breaks in the last 30 days: better, the same and worse, with counts and shares', async () => {
    await show();
    const section = screen.getByRole('region', { name: 'How your neck felt after breaks' });
    expect(within(section).getByText(/^7 answers to “How does your neck feel\?”/)).toBeInTheDocument();
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    // January's three answers are outside the 30 days.
    expect(rows.map((row) => row.textContent)).toEqual(['Better457%', 'The same229%', 'Worse114%']);
  });

  it('says there are no check-ins yet instead of an empty table', async () => {
    await show(historyServiceWith(SAMPLE_DAYS.map((day) => ({ ...day, checkIns: { better: 0, same: 0, worse: 0 } })), TEST_TODAY));
    const section = screen.getByRole('region', { name: 'How your neck felt after breaks' });
    expect(within(section).queryByRole('table')).toBeNull();
    expect(section).toHaveTextContent(/No answers in the last 30 days\./);
  });

  it('lists the exercises reported as hurting and those left out, and puts one back into the breaks', async () => {
    const preferences = preferencesExcluding(['seated-chin-tuck', 'cat-cow']);
    const { user } = await show(undefined, 'en', preferences);
    const section = screen.getByRole('region', { name: 'Exercises that hurt' });
    const items = () => within(section).getAllByRole('listitem').map((item) => item.textContent);
    await within(section).findByRole('button', { name: 'Put back Seated chin tuck' });
    expect(items()).toEqual([
      'Seated chin tuckReported as hurting 2 times, last on Fri, Feb 27. Left out of your breaks.Put back',
      'Neck press against your handReported as hurting once, last on Fri, Feb 27. Back in your breaks.',
      'Cat and cowNo “This hurts” report kept. Left out of your breaks.Put back',
    ]);
    await user.click(within(section).getByRole('button', { name: 'Put back Seated chin tuck' }));
    expect(preferences.settings.exercises.excluded).toEqual(['cat-cow']);
    await within(section).findByText('Reported as hurting 2 times, last on Fri, Feb 27. Back in your breaks.');
    expect(within(section).queryByRole('button', { name: 'Put back Seated chin tuck' })).toBeNull();
  });

  it('offers no put-back when the organization decides which exercises are left out, and says so', async () => {
    await show(undefined, 'en', preferencesExcluding(['seated-chin-tuck'], true));
    const section = screen.getByRole('region', { name: 'Exercises that hurt' });
    await within(section).findByText('Your organization decides which exercises are left out.');
    expect(within(section).queryAllByRole('button')).toEqual([]);
  });

  it("has the chart's numbers in a table, a row for every day, the days' own figures in them", async () => {
    const { user } = await show();
    const table = screen.getByRole('table', { name: 'Breaks and sitting per day, Feb 1 to Mar 2' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Date', 'Breaks taken', 'Natural breaks', 'Longest sitting stretch', 'Time at the desk']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(30);
    const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);
    expect(cells(rows[0] as HTMLElement)).toEqual(['Sun, Feb 1', 'No data']);
    const byDate = new Map(rows.map((row) => [within(row).getByRole('rowheader').textContent, cells(row).slice(1)]));
    expect(byDate.get('Tue, Feb 10')).toEqual(['1', '0', '2 hr', '3 hr']);
    expect(byDate.get('Thu, Feb 26')).toEqual(['4', '1', '50 min', '5 hr']);
    expect(byDate.get('Fri, Feb 27')).toEqual(['3', '2', '1 hr 30 min', '6 hr']);
    expect(byDate.get('Sat, Feb 28')).toEqual(['No data']);
    expect(byDate.get('Mon, Mar 2')).toEqual(['2', '1', '1 hr', '2 hr 30 min']);
    expect([...byDate.values()].filter((row) => row[0] !== 'No data')).toHaveLength(4);
    // Always readable by a screen reader; on screen on request.
    const toggle = screen.getByRole('button', { name: 'Show the numbers as a table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(table.parentElement).toHaveClass('visually-hidden');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
    expect(table.parentElement).not.toHaveClass('visually-hidden');
  });

  it('exports through the bridge, says nothing when the save dialog is cancelled, where it went when saved, and why when it failed', async () => {
    const { bridge, user } = await show();
    await user.click(screen.getByRole('button', { name: 'Export CSV…' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON…' }));
    expect(bridge.calls).toEqual([
      ['exportHistory', { format: 'csv' }],
      ['exportHistory', { format: 'json' }],
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByRole('alert')).toHaveTextContent('');
    cleanup();

    const answers: Reply<{ path: string | null }>[] = [
      { ok: true, value: { path: '/home/ana/Documents/breakwise-history.csv' } },
      { ok: false, error: 'EACCES: permission denied' },
    ];
    const shown = createTestBridge({ mode: 'idle' }, undefined, historyServiceWith(SAMPLE_DAYS, TEST_TODAY));
    render(
      <I18nextProvider i18n={await createI18n('en')}>
        <App bridge={{ ...shown, exportHistory: () => Promise.resolve(answers.shift() ?? { ok: true, value: { path: null } }) }} route="#history" />
      </I18nextProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Export CSV…' }));
    expect(await screen.findByText('Saved to \u2068/home/ana/Documents/breakwise-history.csv\u2069')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Export JSON…' }));
    expect(await screen.findByText('Could not export the history: \u2068EACCES: permission denied\u2069')).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('shows a friendly empty state before there is any history, and nothing to export', async () => {
    await show(historyServiceWith([], { dateKey: TEST_TODAY.dateKey, activeSeconds: 0, longestSittingSeconds: 0 }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('No history yet');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button', { name: /Export/ })).toBeNull();
  });

  it('asks again when the window comes back to the front, so breaks taken meanwhile show', async () => {
    const history = historyServiceWith(SAMPLE_DAYS, TEST_TODAY);
    await show(history);
    const today = screen.getByRole('region', { name: 'Today at a glance' });
    expect(figure(today, 'Breaks')).toMatch(/^3 of 4/);
    // A walk away from 10:00 to 10:10 UTC on today's date.
    history.record({ type: 'naturalBreak', fromWallMs: Date.UTC(2026, 2, 2, 10, 0), toWallMs: Date.UTC(2026, 2, 2, 10, 10) });
    fireEvent.focus(window);
    expect(await within(today).findByText('Daily goal met')).toBeInTheDocument();
    expect(figure(today, 'Breaks')).toMatch(/^4 of 42 taken, 2 natural breaks/);
    expect(figure(screen.getByRole('region', { name: 'Streaks' }), 'Current streak')).toBe('3 days');
  });

  it('writes numbers, durations and dates the German way', async () => {
    await show(undefined, 'de');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Verlauf');
    const today = screen.getByRole('region', { name: 'Heute auf einen Blick' });
    expect(figure(today, 'Pausen')).toMatch(/^3 von 4/);
    expect(figure(today, 'Zeit am Schreibtisch')).toBe('2 Std., 30 Min.');
    const table = screen.getByRole('table', { name: 'Pausen und Sitzen pro Tag, 1. Feb. bis 2. März' });
    expect(within(table).getByRole('rowheader', { name: 'Do., 26. Feb.' }).parentElement).toHaveTextContent('Do., 26. Feb.4150 Min.5 Std.');
    expect(screen.getByRole('button', { name: 'Als CSV exportieren…' })).toBeInTheDocument();
  });
});
