import type { Plan } from '../core/preferences/plans';

/** What Breakwise keeps about the person's preferences (the file format lives with the store). */
export interface PreferencesData {
  /** The user layer: only what the person changed, nested like the settings ("microBreak": {"everyMinutes": 25}). */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly firstRun: { readonly completedAtWallMs: number; readonly plan: Plan } | null;
  /** A pause that should outlive a restart ("until I resume", or until a time). */
  readonly pause: { readonly untilWallMs: number | null } | null;
}

export const EMPTY_PREFERENCES: PreferencesData = { settings: {}, firstRun: null, pause: null };

/** How a change reaches the disk: soon for a setting the person changed, lazily for counters. */
export type WriteUrgency = 'soon' | 'lazy';

/** The part of a stored document the preferences need; served from memory. */
export interface DocumentLike<T> {
  get(): T;
  update(change: (current: T) => T, urgency: WriteUrgency): void;
}

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
