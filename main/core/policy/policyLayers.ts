import type { FlatValues } from '../preferences/settingPaths';

/** Whom to ask about a locked setting; shown beside every managed setting. */
export interface AdminContact {
  readonly name?: string;
  readonly url?: string;
  readonly email?: string;
}

/** The organization-only rules: what the tray offers and which exercises exist at all. */
export interface AdminPolicy {
  readonly allowQuit: boolean;
  readonly allowPause: boolean;
  readonly maxPauseMinutes: number | null;
  readonly updateChecks: boolean;
  readonly exercisePack: string | null;
  readonly disabledExercises: readonly string[];
  /** Lowest values allowed for a setting (minimum break lengths), by setting path. */
  readonly minimums: Readonly<Record<string, number>>;
}

export interface PolicyProblemView {
  readonly source: string;
  readonly key?: string;
  readonly reason: string;
}

/** What the organization's policy says, mapped onto settings: recommended and enforced values, and its own rules. */
export interface PolicyLayers {
  readonly recommended: FlatValues;
  readonly enforced: FlatValues;
  readonly adminContact: AdminContact | null;
  readonly admin: AdminPolicy;
  /** Policy values refused before they reached the settings (unreadable files, unknown keys, wrong types), with reasons. */
  readonly problems: readonly PolicyProblemView[];
}

export const NO_ADMIN_POLICY: AdminPolicy = {
  allowQuit: true,
  allowPause: true,
  maxPauseMinutes: null,
  updateChecks: false,
  exercisePack: null,
  disabledExercises: [],
  minimums: {},
};

export const NO_POLICY: PolicyLayers = { recommended: {}, enforced: {}, adminContact: null, admin: NO_ADMIN_POLICY, problems: [] };
