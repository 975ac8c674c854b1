/**
 * Our own versioned migrations for stored documents. electron-store documents its built-in
 * migrations (keyed by app version, run inside the constructor, writing as they go) as
 * unreliable, so the store keeps one integer `schemaVersion` in the file and runs plain
 * functions over plain data here, before anything touches the disk.
 */

import { isPlainObject } from '../core/shared/plainObject';

/** One step of a document's history: turns the document of version `to - 1` into version `to`. */
export interface Migration {
  readonly to: number;
  migrate(old: unknown): unknown;
}

/** The field of the stored file that says which layout it has. */
export const VERSION_KEY = 'schemaVersion';

/** Files written before versioning began have no version field: they are version 1. */
export const UNVERSIONED = 1;

export type StoredObject = Record<string, unknown>;

/**
 * Why a stored document could not be brought to the current version:
 * - `newer`: written by a later Breakwise (a downgrade); its layout is unknown to this build;
 * - `invalid`: not an object, or a version that is not a positive integer;
 * - `failed`: a migration threw or returned something that is not an object.
 */
export type MigrationFailureKind = 'newer' | 'invalid' | 'failed';

export class MigrationError extends Error {
  constructor(
    readonly kind: MigrationFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export const isStoredObject: (value: unknown) => value is StoredObject = isPlainObject;

const describeValue = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** The document's own data, without the version field the store adds. */
export function withoutVersion(stored: StoredObject): StoredObject {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key !== VERSION_KEY));
}

/**
 * A definition mistake (steps out of order, a step past the current version) is a programming
 * error, found on the first open in any test rather than in a person's settings file.
 */
export function checkMigrations(currentVersion: number, migrations: readonly Migration[]): void {
  if (!Number.isInteger(currentVersion) || currentVersion < UNVERSIONED) {
    throw new Error(`A document version must be an integer ≥ ${UNVERSIONED}, got ${currentVersion}`);
  }
  let previous = UNVERSIONED;
  for (const { to } of migrations) {
    if (!Number.isInteger(to) || to <= previous || to > currentVersion) {
      throw new Error(`Migrations must go up one version at a time, in order, up to ${currentVersion}; found a step to ${to} after ${previous}`);
    }
    previous = to;
  }
}

function versionOf(stored: StoredObject, currentVersion: number): number {
  const version = stored[VERSION_KEY] ?? UNVERSIONED;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < UNVERSIONED) {
    throw new MigrationError('invalid', `The file's ${VERSION_KEY} ${JSON.stringify(version)} is not a positive integer`);
  }
  if (version > currentVersion) {
    throw new MigrationError('newer', `The file is version ${version}, newer than this Breakwise knows (${currentVersion})`);
  }
  return version;
}

/**
 * Brings a stored document (`{ schemaVersion?, ...data }`) to the current version, one step
 * at a time, and returns its data without the version field. Versions with no step (a
 * release that only added optional fields) pass through unchanged. Throws a MigrationError.
 */
export function migrateDocument(
  stored: unknown,
  currentVersion: number,
  migrations: readonly Migration[],
): { data: StoredObject; fromVersion: number } {
  if (!isStoredObject(stored)) {
    throw new MigrationError('invalid', `The file holds ${describeValue(stored)}, not an object`);
  }
  const fromVersion = versionOf(stored, currentVersion);
  let data = withoutVersion(stored);
  for (const step of migrations) {
    if (step.to <= fromVersion) continue;
    let next: unknown;
    try {
      next = step.migrate(data);
    } catch (error) {
      throw new MigrationError('failed', `The migration to version ${step.to} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!isStoredObject(next)) {
      throw new MigrationError('failed', `The migration to version ${step.to} returned ${describeValue(next)}, not an object`);
    }
    // A step that copies its input wholesale would carry the old version field along.
    data = withoutVersion(next);
  }
  return { data, fromVersion };
}
