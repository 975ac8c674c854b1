import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { confValidation } from './confValidation';
import type { BackendOptions, DocumentBackend, DocumentDefinition, OpenOptions, Recovery } from './documentTypes';
import { checkMigrations, isStoredObject, migrateDocument, MigrationError, UNVERSIONED, VERSION_KEY, withoutVersion, type StoredObject } from './migrations';
import { backUpAside, removeStaleTempFiles, retiredLegacyPath } from './storeFiles';

/**
 * Everything that happens once, when a document is opened: read the file, migrate it, keep
 * what is valid, and back the original up before anything could overwrite it. Decisions only;
 * the document writes.
 */

export interface LoadedDocument<T> {
  readonly value: T;
  readonly recovery: Recovery | null;
  /** Null when the file could not be read or backed up: the document then lives in memory only. */
  readonly backend: DocumentBackend | null;
  /** The file on disk is not the value in memory (migrated, recovered, from the legacy file). */
  readonly writeNow: boolean;
  /** To run once the document's own file has been written (the legacy file is retired then). */
  readonly afterFirstWrite: (() => void) | null;
  readonly diskReads: number;
}

interface Context<T extends object> {
  readonly definition: DocumentDefinition<T>;
  readonly options: OpenOptions;
  readonly filePath: string;
  readonly open: () => DocumentBackend;
}

/** conf reads the file in its constructor, and again for each `store`; neither keeps what it read. */
const CONSTRUCTOR_READS = 1;
const BACKEND_OPEN_READS = CONSTRUCTOR_READS + 1;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// Windows editors may save with a byte-order mark, which JSON.parse (and conf) refuse.
const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

export function loadDocument<T extends object>(definition: DocumentDefinition<T>, options: OpenOptions): LoadedDocument<T> {
  checkMigrations(definition.version, definition.migrations);
  const fileName = `${definition.name}.json`;
  removeStaleTempFiles(options.directory, fileName);
  const backendOptions: BackendOptions = {
    cwd: options.directory,
    configName: definition.name,
    clearInvalidConfig: false, // conf would silently replace a file it cannot read: we back it up first.
    ...confValidation(definition.version, definition.jsonSchema),
  };
  const context: Context<T> = { definition, options, filePath: join(options.directory, fileName), open: () => options.backend(backendOptions) };
  if (definition.legacyFile !== undefined && !existsSync(context.filePath)) {
    const legacyPath = join(options.directory, definition.legacyFile);
    if (existsSync(legacyPath)) return loadLegacy(context, legacyPath);
  }
  return loadOwnFile(context);
}

/** Data brought to the current version and parsed; `fromVersion` is null when that failed. */
function interpret<T extends object>(definition: DocumentDefinition<T>, stored: unknown): { value: T; problems: string[]; fromVersion: number | null } {
  try {
    const { data, fromVersion } = migrateDocument(stored, definition.version, definition.migrations);
    return { ...definition.parse(data), fromVersion };
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    // A newer layout mostly adds to ours, so what still fits today's schema is kept; an older
    // layout whose migration failed cannot be read field by field without that migration.
    if (error.kind === 'newer' && isStoredObject(stored)) {
      const parsed = definition.parse(withoutVersion(stored));
      return { value: parsed.value, problems: [error.message, ...parsed.problems], fromVersion: null };
    }
    return { value: definition.defaults(), problems: [error.message], fromVersion: null };
  }
}

function interpretText<T extends object>(definition: DocumentDefinition<T>, text: string, asVersion1: boolean): { value: T; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(withoutBom(text));
  } catch (error) {
    return { value: definition.defaults(), problems: [`The file is not valid JSON: ${messageOf(error)}`] };
  }
  return interpret(definition, asVersion1 && isStoredObject(data) ? { ...data, [VERSION_KEY]: UNVERSIONED } : data);
}

function memoryOnly<T>(value: T, backupPath: string | null, problems: string[], diskReads: number): LoadedDocument<T> {
  return { value, recovery: { backupPath, problems }, backend: null, writeNow: false, afterFirstWrite: null, diskReads };
}

function loadOwnFile<T extends object>(context: Context<T>): LoadedDocument<T> {
  const { definition, options, filePath } = context;
  const existed = existsSync(filePath);
  let backend: DocumentBackend;
  let stored: StoredObject;
  try {
    backend = context.open();
    stored = backend.store;
  } catch (error) {
    if (isContentRejection(error)) return recoverRejected(context, error);
    // Unreachable rather than corrupt (permissions, a folder in its place): touch nothing.
    if (isFileSystemError(error)) return memoryOnly(definition.defaults(), null, [`The file could not be read: ${error.message}`], CONSTRUCTOR_READS);
    throw error; // A schema Ajv cannot compile is a bug in this build, not in the person's file.
  }
  const loaded = { backend, afterFirstWrite: null, diskReads: BACKEND_OPEN_READS };
  if (!existed) return { ...loaded, value: definition.defaults(), recovery: null, writeNow: false };
  const { value, problems, fromVersion } = interpret(definition, stored);
  if (problems.length === 0) return { ...loaded, value, recovery: null, writeNow: fromVersion !== definition.version };
  // Readable but not fully usable: keep the bytes before the first write replaces them.
  let backupPath: string;
  try {
    backupPath = backUpAside(filePath, options.directory, definition.name, options.wallClock(), false);
  } catch (error) {
    return memoryOnly(value, null, [...problems, `No backup could be made, so the file is left alone: ${messageOf(error)}`], BACKEND_OPEN_READS);
  }
  return { ...loaded, value, recovery: { backupPath, problems }, writeNow: true };
}

/**
 * The file's own fault: not JSON, or against the schema. conf has no error types; its
 * `clearInvalidConfig` option tells the two cases apart the same way.
 */
const isContentRejection = (error: unknown): error is Error =>
  error instanceof SyntaxError || (error instanceof Error && error.message.startsWith('Config schema violation:'));

const isFileSystemError = (error: unknown): error is NodeJS.ErrnoException => error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';

/** conf refused the file's contents: keep them aside, then start from what can be saved. */
function recoverRejected<T extends object>(context: Context<T>, rejection: Error): LoadedDocument<T> {
  const { definition, options, filePath } = context;
  let diskReads = CONSTRUCTOR_READS + 1;
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    return memoryOnly(definition.defaults(), null, [rejection.message, `The file could not be read again: ${messageOf(error)}`], diskReads);
  }
  let backupPath: string;
  try {
    // Moved, not copied: conf will not open while the refused file is in place.
    backupPath = backUpAside(filePath, options.directory, definition.name, options.wallClock(), true);
  } catch (error) {
    return memoryOnly(definition.defaults(), null, [rejection.message, `No backup could be made, so the file is left alone: ${messageOf(error)}`], diskReads);
  }
  const { value, problems } = interpretText(definition, text, false);
  // Our own "not valid JSON" says what conf's SyntaxError says; if the text parsed after all,
  // a byte-order mark was all that stood in the way.
  const allProblems =
    rejection instanceof SyntaxError
      ? problems.length > 0
        ? problems
        : ['The file began with a byte-order mark, which JSON does not allow']
      : [rejection.message, ...problems];
  diskReads += CONSTRUCTOR_READS;
  try {
    return { value, recovery: { backupPath, problems: allProblems }, backend: context.open(), writeNow: true, afterFirstWrite: null, diskReads };
  } catch (error) {
    return memoryOnly(value, backupPath, [...allProblems, messageOf(error)], diskReads);
  }
}

/**
 * The document's own file does not exist yet but an older layout does: read it as version 1.
 * It is renamed aside only after the new file is written, so a crash in between just repeats
 * the migration on the next start.
 */
function loadLegacy<T extends object>(context: Context<T>, legacyPath: string): LoadedDocument<T> {
  const { definition } = context;
  let text: string;
  try {
    text = readFileSync(legacyPath, 'utf8');
  } catch (error) {
    return memoryOnly(definition.defaults(), null, [`The older file ${legacyPath} could not be read: ${messageOf(error)}`], 1);
  }
  const retiredPath = retiredLegacyPath(legacyPath);
  const { value, problems } = interpretText(definition, text, true);
  const recovery = problems.length === 0 ? null : { backupPath: retiredPath, problems };
  let backend: DocumentBackend;
  try {
    backend = context.open();
  } catch (error) {
    return memoryOnly(value, legacyPath, [...problems, messageOf(error)], 1 + CONSTRUCTOR_READS);
  }
  return { value, recovery, backend, writeNow: true, afterFirstWrite: () => renameSync(legacyPath, retiredPath), diskReads: 1 + CONSTRUCTOR_READS };
}
