import type { DocumentDefinition } from './documentTypes';
import { isStoredObject, migrateDocument, MigrationError, UNVERSIONED, VERSION_KEY, withoutVersion } from './migrations';

/**
 * How the bytes of a stored document become its value. The one reading of a file that both
 * the running app (through the store) and `--policy-report` (read-only) use, so the two can
 * never disagree about what the person saved.
 */

/** Windows editors may save with a byte-order mark, which JSON.parse refuses; it carries no data. */
const BYTE_ORDER_MARK = '\uFEFF';

/** The file's own text is not a stored document: not JSON, or JSON that is not an object. */
export class UnreadableDocument extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableDocument';
  }
}

/** Text → the stored object. Throws UnreadableDocument; a byte-order mark is skipped. */
export function parseStoredText(text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text);
  } catch (error) {
    throw new UnreadableDocument(`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isStoredObject(data)) {
    throw new UnreadableDocument(`The file holds ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}, not an object`);
  }
  return data;
}

/**
 * What a file's text amounts to:
 * - `current`: the current layout, every value usable; nothing to write;
 * - `migrated`: an older layout, brought up to date; every value usable;
 * - `partial`: usable, but something in it is not (a bad value dropped, a newer layout);
 *   `valuesLost` says whether anything in it was dropped or replaced by a default, and
 *   `newerVersion` whether a later Breakwise wrote it;
 * - `unreadable`: nothing in it can be used (not JSON, not an object, a migration failed).
 */
export type Interpretation<T> =
  | { readonly kind: 'current' | 'migrated'; readonly value: T }
  | { readonly kind: 'partial'; readonly value: T; readonly problems: readonly string[]; readonly valuesLost: boolean; readonly newerVersion: boolean }
  | { readonly kind: 'unreadable'; readonly value: T; readonly problems: readonly string[] };

/** `asVersion1`: the text is a legacy file from before versioning (it has no version field). */
export function interpretStoredText<T extends object>(definition: DocumentDefinition<T>, text: string, asVersion1 = false): Interpretation<T> {
  let stored: Record<string, unknown>;
  try {
    stored = parseStoredText(text);
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    return { kind: 'unreadable', value: definition.defaults(), problems: [error.message] };
  }
  if (asVersion1) stored = { ...stored, [VERSION_KEY]: UNVERSIONED };
  try {
    const { data, fromVersion } = migrateDocument(stored, definition.version, definition.migrations);
    const { value, problems } = definition.parse(data);
    if (problems.length > 0) return { kind: 'partial', value, problems, valuesLost: true, newerVersion: false };
    return { kind: fromVersion === definition.version ? 'current' : 'migrated', value };
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    // A newer layout mostly adds to ours, so what still fits today's schema is kept; an older
    // layout whose migration failed cannot be read field by field without that migration.
    if (error.kind === 'newer') {
      const { value, problems } = definition.parse(withoutVersion(stored));
      return { kind: 'partial', value, problems: [error.message, ...problems], valuesLost: problems.length > 0, newerVersion: true };
    }
    return { kind: 'unreadable', value: definition.defaults(), problems: [error.message] };
  }
}
