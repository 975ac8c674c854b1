import type { Cancel } from '../../core/ports';
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
  /** What to tell the person once when a file could not be read whole (null when all was well). */
  readonly notice: string | null;
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
    notice: notices.length === 0 ? null : notices.join(' '),
    flush: () => void [preferences, history].forEach((doc) => doc.flush()),
    dispose: () => [preferences, history].forEach((doc) => doc.dispose()),
  };
}

/** What the person is told once about a file that could not be used as it was; true to what happened. */
export function recoveryNotice(path: string, recovery: Recovery): string {
  if (recovery.backupPath === null) return `${path} could not be used, so it is left untouched; changes made now last only until Breakwise quits.`;
  const kept = `The original is kept as ${recovery.backupPath}.`;
  if (recovery.newerVersion) {
    const lost = recovery.valuesLost ? ' Some of it could not be used by this version and is back to its default.' : '';
    return `${path} was saved by a newer version of Breakwise; everything this version knows was kept.${lost} ${kept}`;
  }
  return recovery.valuesLost ? `Part of ${path} could not be read; defaults are used for that part. ${kept}` : `${path} was read in full. ${kept}`;
}
