import { join } from 'node:path';
import type { DocumentDefinition, OpenOptions, StoredDocument, Urgency } from './documentTypes';
import { loadDocument } from './loadDocument';
import { VERSION_KEY } from './migrations';
import { writeCoalescer } from './writeCoalescer';

export type {
  BackendFactory,
  BackendOptions,
  DelayTimers,
  DocumentBackend,
  DocumentDefinition,
  OpenOptions,
  Recovery,
  StoreCounters,
  StoredDocument,
  Urgency,
} from './documentTypes';
export type { Migration } from './migrations';
export { LAZY_WRITE_DELAY_MS, SOON_WRITE_DELAY_MS } from './writeCoalescer';

/**
 * A versioned JSON document kept in memory and written back whole, at most once per window.
 *
 *   open ──► read, migrate, keep what is valid (a bad file is backed up first)
 *   get ───► memory only
 *   update ─► memory, then a write within 1 s ('soon') or 5 min ('lazy')
 *   flush ──► write now (quit, suspend)
 *
 * The file holds exactly the value: nothing is added on the way (conf runs no schema, so no
 * defaults are filled in). Writes go through conf, which writes a temp file with mode 0600,
 * fsyncs it and renames it over the old one (the `atomically` package), so a crash leaves the old file or the new one, never half
 * (tests/store/killLoop.test.ts). Limits, all conf's: inside a Snap package (`SNAP` set) or on
 * an EXDEV rename error (seen on Windows) it writes in place instead; the folder is not fsynced
 * after the rename, so power loss may bring back the previous file, whole.
 */
export function openDocument<T extends object>(definition: DocumentDefinition<T>, options: OpenOptions): StoredDocument<T> {
  const loaded = loadDocument(definition, options);
  let value = loaded.value;
  let dirty = loaded.writeNow;
  let disposed = false;
  let afterFirstWrite = loaded.afterFirstWrite;
  const counters = { writes: 0, failedWrites: 0, diskReads: loaded.diskReads };

  const write = (): boolean => {
    if (!dirty) return true;
    if (loaded.backend === null) return false; // Memory only: the recovery already says why.
    try {
      // A copy, because conf adds its own `__internal__` key to the object it is given.
      loaded.backend.store = { ...structuredClone(value), [VERSION_KEY]: definition.version };
    } catch (error) {
      counters.failedWrites++;
      options.onWriteError?.(error instanceof Error ? error : new Error(String(error)));
      // Retry, but not soon: a full disk or a read-only folder rarely heals within a second,
      // and conf's writer spends up to a second retrying on its own each time.
      coalescer.request('lazy');
      return false;
    }
    dirty = false;
    counters.writes++;
    if (afterFirstWrite !== null) {
      const retire = afterFirstWrite;
      afterFirstWrite = null;
      try {
        retire();
      } catch {
        // The new file exists, so a legacy file left in place is never read again.
      }
    }
    return true;
  };
  const coalescer = writeCoalescer(options.timers, write);

  if (dirty) write();

  return {
    path: loaded.backend?.path ?? join(options.directory, `${definition.name}.json`),
    recovery: loaded.recovery,
    get: () => value,
    update(change: (current: T) => T, urgency: Urgency) {
      if (disposed) throw new Error(`The ${definition.name} document was updated after it was closed`);
      const next = change(value);
      if (next === value) return;
      value = next;
      dirty = true;
      coalescer.request(urgency);
    },
    flush() {
      coalescer.cancel();
      return write();
    },
    dispose() {
      if (disposed) return;
      coalescer.cancel();
      write();
      coalescer.cancel(); // A failed final write must not leave a retry timer behind.
      disposed = true;
    },
    get counters() {
      return { ...counters };
    },
  };
}
