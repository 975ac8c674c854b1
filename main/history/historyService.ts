import type { Calendar } from '../core/calendar';
import { applyDayRecord, foldRecord, pruneHistory, withToday, type TodaySnapshot } from '../core/history/dailyHistory';
import { emptyDay } from '../core/history/daySummary';
import { historyToCsv, historyToJson } from '../core/history/historyExport';
import { streaksOf, type DayGoal } from '../core/history/streaks';
import type { HistoryRecord } from '../core/engine/effects';
import type { HistoryView } from '../../preload/views';
import type { DocumentLike } from '../core/ports';
import type { HistoryData } from './historyData';

/**
 * Keeps the daily history: folds each engine record into its local day (a lazy write: counters
 * reach the disk at most every few minutes, and on quit), and answers the history window.
 */
export class HistoryService {
  constructor(
    private readonly doc: DocumentLike<HistoryData>,
    private readonly calendar: Calendar,
    private readonly today: () => TodaySnapshot,
    private readonly goal: () => DayGoal,
  ) {
    // Sitting saved by an earlier run that ended before its day did.
    const open = doc.get().open;
    if (open !== null) doc.update((data) => ({ days: pruneHistory(applyDayRecord(data.days, { type: 'day', ...open })), open: null }), 'lazy');
  }

  record(record: HistoryRecord): void {
    this.doc.update((data) => {
      const days = pruneHistory(record.type === 'day' ? applyDayRecord(data.days, record) : foldRecord(data.days, record, this.calendar));
      // A finished day's figures replace the snapshot of it; any other record refreshes the
      // snapshot in the same write, so a crash loses at most the sitting since the last record.
      return { days, open: record.type === 'day' ? null : this.openSnapshot() };
    }, 'lazy');
  }

  /** Saves today's sitting so far with the next write (called before quitting and going to sleep). */
  keepToday(): void {
    this.doc.update((data) => ({ ...data, open: this.openSnapshot() }), 'lazy');
  }

  private openSnapshot(): TodaySnapshot | null {
    const today = this.today();
    return today.activeSeconds > 0 || today.longestSittingSeconds > 0 ? today : null;
  }

  view(): HistoryView {
    const today = this.today();
    const days = withToday(this.doc.get().days, today);
    return {
      days: [...days],
      today: days.find((day) => day.date === today.dateKey) ?? emptyDay(today.dateKey),
      streaks: streaksOf(days, this.goal(), today.dateKey),
      goal: this.goal(),
    };
  }

  exportText(format: 'csv' | 'json'): string {
    const { days } = this.view();
    return format === 'csv' ? historyToCsv(days) : historyToJson(days);
  }
}
