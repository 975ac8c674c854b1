import { describe, expect, it } from 'vitest';
import { emptyDay, type DaySummary } from '../../../main/core/history/daySummary';
import { csvField, HISTORY_CSV_HEADER, historyExportSchema, historyToCsv, historyToJson } from '../../../main/core/history/historyExport';

const monday: DaySummary = {
  date: '2026-03-02',
  activeSeconds: 25_200,
  longestSittingSeconds: 3_000,
  breaksPrompted: 6,
  breaksTaken: 4,
  naturalBreaks: 2,
  breaksSnoozed: 1,
  breaksSkipped: 1,
  routinesCompleted: 1,
  hurtReports: 0,
  hurtExercises: {},
  checkIns: { better: 3, same: 1, worse: 0 },
};
const tuesday: DaySummary = { ...emptyDay('2026-03-03'), activeSeconds: 60, breaksTaken: 1 };

/** Splits CSV text on its CRLF line ends (fields here never hold line breaks). */
const lines = (csv: string): string[] => {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(0, -2).split('\r\n');
};

describe('history export as CSV', () => {
  it('has a header row and one row per day, in date order, with CRLF line ends', () => {
    const rows = lines(historyToCsv([tuesday, monday]));
    expect(rows).toEqual([
      'date,activeSeconds,longestSittingSeconds,breaksPrompted,breaksTaken,naturalBreaks,breaksSnoozed,breaksSkipped,routinesCompleted,hurtReports,hurtExercises,checkInsBetter,checkInsSame,checkInsWorse',
      '2026-03-02,25200,3000,6,4,2,1,1,1,0,,3,1,0',
      '2026-03-03,60,0,0,1,0,0,0,0,0,,0,0,0',
    ]);
  });

  it('writes the exercises that hurt as one field, id:count by id, in a row of its own', () => {
    const sore = { ...monday, hurtReports: 3, hurtExercises: { 'wall-angel': 1, 'chin-tuck': 2 } };
    expect(lines(historyToCsv([sore]))[1]).toBe('2026-03-02,25200,3000,6,4,2,1,1,1,3,chin-tuck:2;wall-angel:1,3,1,0');
  });

  it('has as many fields in every row as in the header', () => {
    for (const row of lines(historyToCsv([monday, tuesday]))) expect(row.split(',')).toHaveLength(HISTORY_CSV_HEADER.length);
  });

  it('is only the header for an empty history', () => {
    expect(lines(historyToCsv([]))).toEqual([HISTORY_CSV_HEADER.join(',')]);
  });

  it('quotes a field only when it holds a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('2026-03-02')).toBe('2026-03-02');
    expect(csvField(42)).toBe('42');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('one\nline')).toBe('"one\nline"');
  });
});

describe('history export as JSON', () => {
  it('names its format and version and holds every day in date order', () => {
    const parsed = historyExportSchema.parse(JSON.parse(historyToJson([tuesday, monday])));
    expect(parsed).toEqual({ format: 'breakwise-history', version: 2, days: [monday, tuesday] });
  });

  it('reads back as an empty history when there is none', () => {
    expect(historyExportSchema.parse(JSON.parse(historyToJson([]))).days).toEqual([]);
  });
});
