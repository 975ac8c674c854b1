import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_VERSION, historyDefinition } from '../../main/store/documents/historyDocument';

const FIXTURE = join(__dirname, '../fixtures/store/history/v1.json');

describe('the history document', () => {
  it('moves a v1 history to v2: every kept day gains an empty tally of exercises that hurt, and nothing else changes', () => {
    const v1 = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { days: Record<string, unknown>[] };
    const migration = historyDefinition.migrations.find((step) => step.to === 2);
    expect(HISTORY_VERSION).toBe(2);
    const migrated = migration?.migrate(v1) as { days: Record<string, unknown>[] };
    expect(migrated.days).toEqual(v1.days.map((day) => ({ ...day, hurtExercises: {} })));
    const { value, problems } = historyDefinition.parse(migrated);
    expect(problems).toEqual([]);
    expect(value.days.map((day) => day.hurtExercises)).toEqual(v1.days.map(() => ({})));
  });

  it('drops a tally that names no exercise id, and only that day', () => {
    const { days } = historyDefinition.migrations[0]?.migrate(JSON.parse(readFileSync(FIXTURE, 'utf8'))) as { days: Record<string, unknown>[] };
    const [first, ...rest] = days;
    const { value, problems } = historyDefinition.parse({ days: [{ ...first, hurtExercises: { 'Not An Id!': 1 } }, ...rest], open: null });
    expect(value.days).toHaveLength(days.length - 1);
    expect(problems).toHaveLength(1);
  });
});
