import { z } from 'zod';
import { dateKeySchema, historySchema, type History } from '../core/history/daySummary';
import type { TodaySnapshot } from '../core/history/dailyHistory';

/**
 * What Breakwise keeps of the past: one summary per local day, and the sitting of the day in
 * progress as of the last save. The engine reports a day's sitting only when the day ends; if
 * Breakwise is quit (or killed) before midnight, the saved `open` snapshot is how that
 * sitting still reaches the history at the next start.
 */
export interface HistoryData {
  readonly days: History;
  readonly open: TodaySnapshot | null;
}

export const EMPTY_HISTORY: HistoryData = { days: [], open: null };

const seconds = z.number().int().nonnegative();

export const historyDataSchema = z.strictObject({
  days: historySchema,
  open: z.strictObject({ dateKey: dateKeySchema, activeSeconds: seconds, longestSittingSeconds: seconds }).nullable(),
});
