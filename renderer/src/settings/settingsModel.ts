import type { SettingsView } from '../../../preload/views';
import type { UiLocale } from '../i18n/i18n';

/** What the settings window's presentational components are given: the view, and what the person tried. */

export type SettingFieldView = SettingsView['fields'][number];
export type FieldControl = SettingFieldView['control'];
export type SettingSource = SettingsView['sources'][string];
export type TimeRange = SettingsView['values']['workingHours']['days']['monday'][number];

/**
 * A change the person made that the main process has not (yet) taken: `message` is null while
 * the answer is on its way, and the refusal's reason once it came back. `value` is undefined
 * for a failed reset.
 */
export interface Attempt {
  readonly value: unknown;
  readonly message: string | null;
}

export interface SettingsModel {
  readonly view: SettingsView;
  readonly attempts: Readonly<Record<string, Attempt>>;
  /** The language exercise titles are shown in. */
  readonly locale: UiLocale;
  readonly onChange: (path: string, value: unknown) => void;
  readonly onReset: (path: string) => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted path ("microBreak.everyMinutes") of the nested settings. */
export function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** Element ids of one setting's control and of the texts that describe it. */
export function fieldIds(path: string) {
  const base = `setting-${path.replaceAll('.', '-')}`;
  return { control: base, hint: `${base}-hint`, note: `${base}-note`, error: `${base}-error`, explain: `${base}-explain`, override: `${base}-override` };
}

/** An aria-describedby value from the ids that apply (undefined when none do). */
export const joinIds = (...ids: readonly (string | undefined)[]): string | undefined => ids.filter((id) => id !== undefined).join(' ') || undefined;

export const asNumber = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);
export const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
export const asRanges = (value: unknown): TimeRange[] =>
  Array.isArray(value) ? value.filter((v): v is TimeRange => isRecord(v) && typeof v.from === 'string' && typeof v.to === 'string') : [];

/**
 * The refusal as the window shows it: the main process answers "path: reason"; beside the
 * field, the path says nothing new.
 */
export function refusalReason(path: string, error: string): string {
  const prefix = `${path}: `;
  return error.startsWith(prefix) ? error.slice(prefix.length) : error;
}

export interface Option {
  readonly value: string;
  readonly label: string;
  /** An exercise's drawing, shown small beside its title. */
  readonly illustration?: string;
  /** The language the label is written in when it is not the window's (a language's own name), for screen readers. */
  readonly lang?: string | undefined;
}

/** What every control is given; each commits a whole value of its setting. */
export interface ControlProps<T> {
  readonly id: string;
  readonly label: string;
  readonly value: T;
  readonly disabled: boolean;
  readonly invalid: boolean;
  /** Ids of the texts that describe the control: its limits, a managed note, a refusal. */
  readonly describedBy: string | undefined;
  readonly onCommit: (value: T) => void;
}
