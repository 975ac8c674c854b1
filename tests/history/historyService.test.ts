import { describe, expect, it } from 'vitest';
import { systemCalendar } from '../../main/core/calendar';
import type { TodaySnapshot } from '../../main/core/history/dailyHistory';
import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { EMPTY_HISTORY, type HistoryData } from '../../main/history/historyData';
import { HistoryService } from '../../main/history/historyService';
import { memoryDocument } from '../../main/store/memoryDocument';

const MONDAY_9 = Date.UTC(2026, 2, 2, 9);
const MINUTE_MS = 60_000;

/** A history whose "today so far" the test sets, as the engine would report it. */
function historyWith(initial: HistoryData = EMPTY_HISTORY) {
  const doc = memoryDocument(initial);
  let today: TodaySnapshot = { dateKey: '2026-03-02', activeSeconds: 0, longestSittingSeconds: 0 };
  const service = new HistoryService(doc, systemCalendar, () => today, () => DEFAULT_SETTINGS.goal);
  return { doc, service, sit: (snapshot: TodaySnapshot) => void (today = snapshot) };
}

const taken = (atMs: number, kind: 'micro' | 'routine' = 'micro') => ({ type: 'break' as const, kind, outcome: 'taken' as const, prompted: true, startedWallMs: atMs, endedWallMs: atMs + 30_000 });

describe('the history service', () => {
  it("shows today's breaks and sitting so far, and counts the streak once today meets its goal", () => {
    const { service, sit } = historyWith({ ...EMPTY_HISTORY, days: [] });
    sit({ dateKey: '2026-03-02', activeSeconds: 3_600, longestSittingSeconds: 1_200 });
    for (let i = 0; i < 3; i++) service.record(taken(MONDAY_9 + i * 20 * MINUTE_MS));
    expect(service.view().today).toMatchObject({ date: '2026-03-02', breaksTaken: 3, breaksPrompted: 3, activeSeconds: 3_600 });
    expect(service.view().streaks).toEqual({ current: 0, longest: 0 });
    service.record(taken(MONDAY_9 + 60 * MINUTE_MS, 'routine'));
    expect(service.view().today).toMatchObject({ breaksTaken: 4, routinesCompleted: 1 });
    expect(service.view().streaks).toEqual({ current: 1, longest: 1 });
  });

  it('keeps the sitting of a day that Breakwise was quit during, without counting it twice at midnight', () => {
    const first = historyWith();
    first.sit({ dateKey: '2026-03-02', activeSeconds: 7_200, longestSittingSeconds: 2_400 });
    first.service.keepToday();
    expect(first.doc.get().open).toEqual({ dateKey: '2026-03-02', activeSeconds: 7_200, longestSittingSeconds: 2_400 });

    // The next start the same day: the engine counts from zero again.
    const second = historyWith(first.doc.get());
    expect(second.doc.get()).toMatchObject({ open: null, days: [{ date: '2026-03-02', activeSeconds: 7_200 }] });
    second.sit({ dateKey: '2026-03-02', activeSeconds: 1_800, longestSittingSeconds: 2_700 });
    expect(second.service.view().today).toMatchObject({ activeSeconds: 9_000, longestSittingSeconds: 2_700 });
    second.service.record({ type: 'day', dateKey: '2026-03-02', activeSeconds: 1_800, longestSittingSeconds: 2_700 });
    second.sit({ dateKey: '2026-03-03', activeSeconds: 0, longestSittingSeconds: 0 });
    expect(second.doc.get().days).toEqual([expect.objectContaining({ date: '2026-03-02', activeSeconds: 9_000, longestSittingSeconds: 2_700 })]);
    expect(second.doc.get().open).toBeNull();
  });

  it('exports every day as CSV with a header row and as JSON that parses back', () => {
    const { service, sit } = historyWith();
    sit({ dateKey: '2026-03-02', activeSeconds: 600, longestSittingSeconds: 600 });
    service.record(taken(MONDAY_9));
    const csv = service.exportText('csv').trim().split(/\r?\n/);
    expect(csv).toHaveLength(2);
    expect(csv[0]?.split(',')).toContain('date');
    expect(csv[1]).toMatch(/^2026-03-02,/);
    const json = JSON.parse(service.exportText('json')) as { days: { date: string; breaksTaken: number }[] };
    expect(json.days).toEqual([expect.objectContaining({ date: '2026-03-02', breaksTaken: 1 })]);
  });
});
