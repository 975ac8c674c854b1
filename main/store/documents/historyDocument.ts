import { daySummarySchema } from '../../core/history/daySummary';
import { EMPTY_HISTORY, historyDataSchema, type HistoryData } from '../../history/historyData';
import type { DocumentDefinition } from '../documentStore';
import { isPlainObject } from '../../core/shared/plainObject';

/**
 * history.json: one summary per local day. A bad day costs only that day.
 * - v1: the first layout;
 * - v2: each day also counts "this hurts" reports by exercise (`hurtExercises`); days kept before
 *   say only how many, so they get an empty tally.
 */
export const HISTORY_VERSION = 2;

/** v1 → v2: every day gains an empty `hurtExercises`; anything unreadable is left for parse to drop. */
function addHurtExercises(old: unknown): unknown {
  if (!isPlainObject(old) || !Array.isArray(old.days)) return old;
  return { ...old, days: old.days.map((day: unknown) => (isPlainObject(day) && !('hurtExercises' in day) ? { ...day, hurtExercises: {} } : day)) };
}


export function parseHistory(data: unknown): { value: HistoryData; problems: string[] } {
  const whole = historyDataSchema.safeParse(data);
  if (whole.success) return { value: whole.data, problems: [] };
  const problems: string[] = [];
  const source = isPlainObject(data) ? data : {};
  const days = (Array.isArray(source.days) ? source.days : []).flatMap((day, i) => {
    const parsed = daySummarySchema.safeParse(day);
    if (!parsed.success) problems.push(`days.${i}: ${parsed.error.issues[0]?.message ?? 'invalid'}, dropped`);
    return parsed.success ? [parsed.data] : [];
  });
  const unique = [...new Map(days.map((day) => [day.date, day])).values()].sort((a, b) => a.date.localeCompare(b.date));
  if (unique.length < days.length) problems.push('days: a date was listed twice; the last one is kept');
  const open = historyDataSchema.shape.open.safeParse(source.open ?? null);
  if (!open.success) problems.push('open: dropped');
  return { value: { days: unique, open: open.success ? open.data : null }, problems };
}

export const historyDefinition: DocumentDefinition<HistoryData> = {
  name: 'history',
  version: HISTORY_VERSION,
  migrations: [{ to: 2, migrate: addHurtExercises }],
  parse: parseHistory,
  defaults: () => EMPTY_HISTORY,
};
