import type { BreakwiseBridge, Reply } from '../../preload/contract';
import { systemCalendar } from '../../main/core/calendar';
import type { TodaySnapshot } from '../../main/core/history/dailyHistory';
import type { DaySummary } from '../../main/core/history/daySummary';
import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { EMPTY_HISTORY } from '../../main/history/historyData';
import { HistoryService } from '../../main/history/historyService';
import { memoryDocument } from '../../main/store/memoryDocument';

/**
 * The history half of a test bridge: the real history service over days the test chooses, and
 * an export the test answers (the e2e tests write real files in Node; jsdom only notes the call).
 */
export type HistoryMethods = Pick<BreakwiseBridge, 'getHistory' | 'exportHistory'>;

export function historyServiceWith(days: readonly DaySummary[], today: TodaySnapshot, goal = DEFAULT_SETTINGS.goal): HistoryService {
  return new HistoryService(memoryDocument({ ...EMPTY_HISTORY, days }), systemCalendar, () => today, () => goal);
}

export const historyMethods = (history: HistoryService, exportTo: (format: 'csv' | 'json') => Promise<string | null>): HistoryMethods => ({
  getHistory: () => Promise.resolve({ ok: true, value: history.view() }),
  exportHistory: async ({ format }): Promise<Reply<{ path: string | null }>> => ({ ok: true, value: { path: await exportTo(format) } }),
});
