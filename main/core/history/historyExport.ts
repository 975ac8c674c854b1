import { z } from 'zod';
import { byDate, historySchema, type DaySummary, type History } from './daySummary';

/**
 * The history as text the person can take elsewhere: CSV for a spreadsheet, JSON for a program
 * (and a later import). Pure: the caller chooses where to write it.
 *
 * CSV follows RFC 4180: comma-separated, CRLF line ends, a header row, and a field quoted (with
 * its quotes doubled) only when it holds a comma, a quote or a line break. Days come out in date
 * order whatever order they were given in; durations stay in whole seconds, like the history.
 */

const CRLF = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;

/** The CSV columns, in order, and how each is read from a day. */
const COLUMNS: readonly (readonly [string, (day: DaySummary) => string | number])[] = [
  ['date', (d) => d.date],
  ['activeSeconds', (d) => d.activeSeconds],
  ['longestSittingSeconds', (d) => d.longestSittingSeconds],
  ['breaksPrompted', (d) => d.breaksPrompted],
  ['breaksTaken', (d) => d.breaksTaken],
  ['naturalBreaks', (d) => d.naturalBreaks],
  ['breaksSnoozed', (d) => d.breaksSnoozed],
  ['breaksSkipped', (d) => d.breaksSkipped],
  ['routinesCompleted', (d) => d.routinesCompleted],
  ['hurtReports', (d) => d.hurtReports],
  ['hurtExercises', (d) => hurtExercisesField(d.hurtExercises)],
  ['checkInsBetter', (d) => d.checkIns.better],
  ['checkInsSame', (d) => d.checkIns.same],
  ['checkInsWorse', (d) => d.checkIns.worse],
];

/** "chin-tuck:2;wall-angel:1": exercise ids hold no ':' or ';', so one field keeps the whole tally. */
export const hurtExercisesField = (tally: Readonly<Record<string, number>>): string =>
  Object.entries(tally)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, count]) => `${id}:${String(count)}`)
    .join(';');

export const HISTORY_CSV_HEADER: readonly string[] = COLUMNS.map(([name]) => name);

/** One CSV field, quoted only where RFC 4180 needs it. */
export function csvField(value: string | number): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvRow = (fields: readonly (string | number)[]): string => fields.map(csvField).join(',') + CRLF;

const inDateOrder = (history: History): DaySummary[] => [...history].sort(byDate);

export const historyToCsv = (history: History): string =>
  csvRow(HISTORY_CSV_HEADER) + inDateOrder(history).map((day) => csvRow(COLUMNS.map(([, read]) => read(day)))).join('');

/** The JSON document: a format name and version, so a later import knows what it reads. */
export const HISTORY_EXPORT_FORMAT = 'breakwise-history';
/** 2: days count "this hurts" reports by exercise too (`hurtExercises`). */
export const HISTORY_EXPORT_VERSION = 2;

export const historyExportSchema = z.strictObject({
  format: z.literal(HISTORY_EXPORT_FORMAT),
  version: z.literal(HISTORY_EXPORT_VERSION),
  days: historySchema,
});
export type HistoryExport = z.infer<typeof historyExportSchema>;

const JSON_INDENT = 2;

export const historyToJson = (history: History): string =>
  JSON.stringify({ format: HISTORY_EXPORT_FORMAT, version: HISTORY_EXPORT_VERSION, days: inDateOrder(history) } satisfies HistoryExport, null, JSON_INDENT) + '\n';
