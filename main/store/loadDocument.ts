import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { BackendOptions, DocumentBackend, DocumentDefinition, OpenOptions, Recovery } from './documentTypes';
import { checkMigrations, type StoredObject } from './migrations';
import { interpretStoredText, parseStoredText, type Interpretation } from './storedText';
import { backUpAside, makePrivateFile, PRIVATE_FILE_MODE, removeStaleTempFiles, retiredLegacyPath } from './storeFiles';

/**
 * Everything that happens once, when a document is opened: read the file, decide what it
 * amounts to (storedText.ts), back the original up before anything could overwrite it, and
 * only then hand the file to the backend, which from then on only writes. The decision is ours
 * alone: the backend validates nothing, so no error of its own needs interpreting.
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
  /** Builds the backend, which reads the file once in its constructor. */
  readonly open: () => DocumentBackend;
  /** Every read of the file so far, ours and the backend's. */
  readonly reads: () => number;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

export function loadDocument<T extends object>(definition: DocumentDefinition<T>, options: OpenOptions): LoadedDocument<T> {
  checkMigrations(definition.version, definition.migrations);
  const fileName = `${definition.name}.json`;
  removeStaleTempFiles(options.directory, fileName);
  let reads = 0;
  const backendOptions: BackendOptions = {
    cwd: options.directory,
    configName: definition.name,
    clearInvalidConfig: false, // conf would silently replace a file it cannot read: we back it up first.
    configFileMode: PRIVATE_FILE_MODE,
    // conf calls this once for each read of the file, so counting here counts reads, not guesses.
    deserialize: (text: string): StoredObject => {
      reads++;
      return parseStoredText(text);
    },
  };
  const context: Context<T> = {
    definition,
    options,
    filePath: join(options.directory, fileName),
    open: () => options.backend(backendOptions),
    reads: () => reads,
  };
  const readOwn = (path: string): string => {
    reads++;
    return readFileSync(path, 'utf8');
  };
  if (definition.legacyFile !== undefined && !existsSync(context.filePath)) {
    const legacyPath = join(options.directory, definition.legacyFile);
    if (existsSync(legacyPath)) return loadLegacy(context, legacyPath, readOwn);
  }
  return loadOwnFile(context, readOwn);
}

function memoryOnly<T>(value: T, problems: string[], context: Context<object>, backupPath: string | null = null): LoadedDocument<T> {
  const recovery = { backupPath, problems, valuesLost: true, newerVersion: false };
  return { value, recovery, backend: null, writeNow: false, afterFirstWrite: null, diskReads: context.reads() };
}

function loadOwnFile<T extends object>(context: Context<T>, readOwn: (path: string) => string): LoadedDocument<T> {
  const { definition, options, filePath } = context;
  let text: string | null;
  try {
    text = readOwn(filePath);
  } catch (error) {
    // Unreachable rather than corrupt (permissions, a folder in its place): touch nothing.
    if (!isMissing(error)) return memoryOnly(definition.defaults(), [`The file could not be read: ${messageOf(error)}`], context);
    text = null;
  }
  const read: Interpretation<T> = text === null ? { kind: 'current', value: definition.defaults() } : interpretStoredText(definition, text);

  let recovery: Recovery | null = null;
  if (read.kind === 'partial' || read.kind === 'unreadable') {
    try {
      // Unreadable bytes are moved away, so the backend never meets them; a partly usable file
      // is copied, and its usable part is written over the original right after.
      const backupPath = backUpAside(filePath, options.directory, definition.name, options.wallClock(), read.kind === 'unreadable');
      recovery = { backupPath, problems: read.problems, valuesLost: read.kind === 'unreadable' || read.valuesLost, newerVersion: read.kind === 'partial' && read.newerVersion };
    } catch (error) {
      return memoryOnly(read.value, [...read.problems, `No backup could be made, so the file is left alone: ${messageOf(error)}`], context);
    }
  }

  let backend: DocumentBackend;
  try {
    makePrivateFile(filePath);
    backend = context.open();
  } catch (error) {
    // The file changed under us, or the folder cannot be written: keep working in memory.
    return memoryOnly(read.value, [...(recovery?.problems ?? []), `The file could not be opened for saving: ${messageOf(error)}`], context, recovery?.backupPath ?? null);
  }
  const writeNow = read.kind !== 'current';
  return { value: read.value, recovery, backend, writeNow, afterFirstWrite: null, diskReads: context.reads() };
}

/**
 * The document's own file does not exist yet but an older layout does: read it as version 1.
 * It is renamed aside only after the new file is written, so a crash in between just repeats
 * the migration on the next start.
 */
function loadLegacy<T extends object>(context: Context<T>, legacyPath: string, readOwn: (path: string) => string): LoadedDocument<T> {
  const { definition } = context;
  let text: string;
  try {
    text = readOwn(legacyPath);
  } catch (error) {
    return memoryOnly(definition.defaults(), [`The older file ${legacyPath} could not be read: ${messageOf(error)}`], context);
  }
  const retiredPath = retiredLegacyPath(legacyPath);
  const read = interpretStoredText(definition, text, true);
  const recovery: Recovery | null =
    read.kind === 'partial' || read.kind === 'unreadable'
      ? { backupPath: retiredPath, problems: read.problems, valuesLost: read.kind === 'unreadable' || read.valuesLost, newerVersion: false }
      : null;
  let backend: DocumentBackend;
  try {
    backend = context.open();
  } catch (error) {
    return memoryOnly(read.value, [...(recovery?.problems ?? []), messageOf(error)], context, legacyPath);
  }
  const retire = (): void => {
    renameSync(legacyPath, retiredPath);
    makePrivateFile(retiredPath);
  };
  return { value: read.value, recovery, backend, writeNow: true, afterFirstWrite: retire, diskReads: context.reads() };
}
