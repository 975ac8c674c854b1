import type { DocumentLike } from '../core/ports';

/** A document kept in memory only: for the policy report (which writes nothing) and for tests. */
export function memoryDocument<T>(initial: T): DocumentLike<T> & { writes: number } {
  let value = initial;
  const doc = {
    writes: 0,
    get: () => value,
    update(change: (current: T) => T) {
      value = change(value);
      doc.writes += 1;
    },
  };
  return doc;
}
