import type { DocumentDefinition } from '../../main/store/documentStore';

/**
 * The kill loop's document: one counter. Written without zod on purpose: the loop starts a
 * fresh node process for every kill, and loading zod would add a tenth of a second to each.
 */
export interface Counter {
  readonly tally: number;
}

const isTally = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export const counterDefinition: DocumentDefinition<Counter> = {
  name: 'counter',
  version: 1,
  migrations: [],
  parse(data) {
    const tally = (data as { tally?: unknown } | null)?.tally;
    return isTally(tally) ? { value: { tally }, problems: [] } : { value: { tally: 0 }, problems: [`tally: ${JSON.stringify(tally)} is not a count`] };
  },
  defaults: () => ({ tally: 0 }),
};

/** What a file left by the loop must be: the current version, and a count. */
export function readCounterFile(text: string): number {
  const stored: unknown = JSON.parse(text);
  const { schemaVersion, tally } = stored as { schemaVersion?: unknown; tally?: unknown };
  if (schemaVersion !== counterDefinition.version || !isTally(tally)) throw new Error(`not a counter file: ${text}`);
  return tally;
}
