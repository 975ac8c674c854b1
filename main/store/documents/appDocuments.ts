import type { Cancel } from '../../core/ports';
import type { StorageNotice } from '../../core/shared/storageNotice';
import type { HistoryData } from '../../history/historyData';
import type { PreferencesData } from '../../preferences/preferencesData';
import { openDocument, type BackendFactory, type Recovery, type StoredDocument } from '../documentStore';
import { makePrivateDirectory } from '../storeFiles';
import { historyDefinition } from './historyDocument';
import { preferencesDefinition } from './preferencesDocument';

/** Breakwise's two files in its data folder: preferences.json and history.json. */
export interface AppDocuments {
  readonly preferences: StoredDocument<PreferencesData>;
  readonly history: StoredDocument<HistoryData>;
  /** What to tell the person once about each file that could not be read whole (none when all was well). */
  readonly notices: readonly StorageNotice[];
  flush(): void;
  dispose(): void;
}

export function openAppDocuments(options: {
  directory: string;
  backend: BackendFactory;
  after: (delayMs: number, callback: () => void) => Cancel;
  wallClock: () => number;
  log: (message: string) => void;
}): AppDocuments {
  try {
    makePrivateDirectory(options.directory);
  } catch (error) {
    // The files are still written 0600; a folder another tool created stays as it is.
    options.log(`could not make ${options.directory} private: ${error instanceof Error ? error.message : String(error)}`);
  }
  const common = { directory: options.directory, backend: options.backend, timers: { after: options.after }, wallClock: options.wallClock, onWriteError: (error: Error) => options.log(`could not save: ${error.message}`) };
  const preferences = openDocument(preferencesDefinition, common);
  const history = openDocument(historyDefinition, common);
  const notices = [preferences, history].flatMap((doc) => {
    if (doc.recovery === null) return [];
    doc.recovery.problems.forEach((problem) => options.log(`${doc.path}: ${problem}`));
    return [recoveryNotice(doc.path, doc.recovery)];
  });
  return {
    preferences,
    history,
    notices,
    flush: () => void [preferences, history].forEach((doc) => doc.flush()),
    dispose: () => [preferences, history].forEach((doc) => doc.dispose()),
  };
}

/** What the person is told once about a file that could not be used as it was; true to what happened. */
export function recoveryNotice(path: string, recovery: Recovery): StorageNotice {
  if (recovery.backupPath === null) return { file: path, backup: null, outcome: 'untouched' };
  const kept = { file: path, backup: recovery.backupPath };
  if (recovery.newerVersion) return { ...kept, outcome: recovery.valuesLost ? 'newerPartDefault' : 'newerKept' };
  return { ...kept, outcome: recovery.valuesLost ? 'partDefault' : 'readInFull' };
}
