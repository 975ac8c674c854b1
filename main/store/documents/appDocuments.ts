import type { Cancel } from '../../core/ports';
import type { HistoryData } from '../../history/historyData';
import type { PreferencesData } from '../../preferences/preferencesData';
import { openDocument, type BackendFactory, type StoredDocument } from '../documentStore';
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
  const common = { directory: options.directory, backend: options.backend, timers: { after: options.after }, wallClock: options.wallClock, onWriteError: (error: Error) => options.log(`could not save: ${error.message}`) };
  const preferences = openDocument(preferencesDefinition, common);
  const history = openDocument(historyDefinition, common);
  const notices = [preferences, history].flatMap((doc) => {
    if (doc.recovery === null) return [];
    doc.recovery.problems.forEach((problem) => options.log(`${doc.path}: ${problem}`));
    const kept = doc.recovery.backupPath === null ? 'It could not be copied aside, so it is left untouched.' : `The original is kept as ${doc.recovery.backupPath}.`;
    return [`Part of ${doc.path} could not be read; defaults are used for it. ${kept}`];
  });
  return {
    preferences,
    history,
    notice: notices.length === 0 ? null : notices.join(' '),
    flush: () => void [preferences, history].forEach((doc) => doc.flush()),
    dispose: () => [preferences, history].forEach((doc) => doc.dispose()),
  };
}
