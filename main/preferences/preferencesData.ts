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
