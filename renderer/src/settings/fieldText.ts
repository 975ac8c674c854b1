import type { TFunction } from 'i18next';
import { LANGUAGE_NAMES, optionLanguage } from '../../../main/core/shared/languages';
import type { UiLocale } from '../i18n/i18n';
import { exerciseTitle } from './exerciseOptions';
import { asRanges, asStrings, type SettingFieldView } from './settingsModel';

/** The words around a setting's value: its label, its unit and limits, and its value as text. */

export type Unit = 'minutes' | 'seconds' | 'snoozes' | 'breaks';

/** Names carry their unit (everyMinutes, noticeSeconds); the rest are counts of something. */
const COUNTED: Readonly<Record<string, Unit>> = { 'snooze.minutes': 'minutes', 'snooze.maxPerBreak': 'snoozes', 'goal.breaksPerDay': 'breaks' };

export const unitOf = (path: string): Unit => COUNTED[path] ?? (/Seconds$/.test(path) ? 'seconds' : 'minutes');

export const labelKey = (path: string): string => `settings.fields.${path}`;

export const optionKey = (path: string, option: string): string => `settings.options.${path}.${option}`;

/** An option in words: its message, or a language's own name ("Français" in every window). */
export function optionText(t: TFunction, path: string, option: string): string {
  const language = optionLanguage(path, option);
  return language === undefined ? t(optionKey(path, option)) : LANGUAGE_NAMES[language];
}

/**
 * Durations people think of in minutes, though stored in seconds: the control shows and takes
 * minutes and converts; the settings themselves stay in seconds.
 */
const SHOWN_IN_MINUTES: ReadonlySet<string> = new Set(['routineBreak.durationSeconds', 'idle.pauseAfterSeconds', 'idle.naturalBreakAfterSeconds']);
const SECONDS_PER_MINUTE = 60;

/** How many stored units one shown unit is (60 for a duration stored in seconds and shown in minutes). */
export const storedPerShown = (path: string): number => (SHOWN_IN_MINUTES.has(path) ? SECONDS_PER_MINUTE : 1);

export const shownUnitOf = (path: string): Unit => (SHOWN_IN_MINUTES.has(path) ? 'minutes' : unitOf(path));

/** The schema's limits in the shown unit: only whole shown units that lie within them. */
export const shownLimits = (path: string, min: number, max: number) => {
  const per = storedPerShown(path);
  return { min: Math.ceil(min / per), max: Math.floor(max / per) };
};

/** "2–480 minutes", from the limits the schema gives, in the unit the control shows. */
export function limitsText(t: TFunction, path: string, min: number, max: number): string {
  const shown = shownLimits(path, min, max);
  return t(`settings.limits.${shownUnitOf(path)}`, shown);
}

/** An amount in words: seconds of a minute or more read as minutes ("5 minutes", "1:30 min"), short ones as seconds. */
export function amountText(t: TFunction, path: string, count: number): string {
  const unit = unitOf(path);
  if (unit !== 'seconds' || count < SECONDS_PER_MINUTE) return t(`settings.units.${unit}`, { count });
  const minutes = Math.floor(count / SECONDS_PER_MINUTE);
  const seconds = count % SECONDS_PER_MINUTE;
  if (seconds === 0) return t('settings.units.minutes', { count: minutes });
  return t('settings.units.minSec', { time: `${minutes}:${String(seconds).padStart(2, '0')}` });
}

const rangeText = (range: { from: string; to: string }) => `${range.from}–${range.to}`;

/** A setting's value in words, for the policy view; a value of the wrong shape is shown as JSON. */
export function valueText(t: TFunction, field: SettingFieldView | undefined, value: unknown, locale: UiLocale): string {
  const control = field?.control;
  const path = field?.path ?? '';
  if (control?.type === 'boolean' && typeof value === 'boolean') return t(value ? 'settings.value.on' : 'settings.value.off');
  if (control?.type === 'integer' && typeof value === 'number') return amountText(t, path, value);
  if (control?.type === 'choice' && typeof value === 'string' && control.options.includes(value)) return optionText(t, path, value);
  if (control?.type === 'choices' && Array.isArray(value)) return listText(t, asStrings(value).map((v) => (control.options.includes(v) ? optionText(t, path, v) : v)));
  if (control?.type === 'idList' && Array.isArray(value)) return listText(t, asStrings(value).map((id) => exerciseTitle(id, locale)));
  if (control?.type === 'timeRanges' && Array.isArray(value)) return listText(t, asRanges(value).map(rangeText));
  return JSON.stringify(value) ?? String(value);
}

const listText = (t: TFunction, items: readonly string[]): string => (items.length === 0 ? t('settings.value.none') : items.join(', '));

/**
 * Why a change was refused, in plain words of the window's language — never the validator's own
 * text: a number outside its limits names the range (in the unit shown); a number within them
 * broke a rule between settings; the other kinds of setting each have one way to go wrong.
 */
export function refusalText(t: TFunction, field: SettingFieldView, value: unknown): string {
  const { control, path } = field;
  switch (control.type) {
    case 'integer': {
      const outside = typeof value !== 'number' || !Number.isInteger(value) || value < control.min || value > control.max;
      if (outside) return t('settings.refusal.range', shownLimits(path, control.min, control.max));
      return t(RULE_REFUSALS[path] ?? 'settings.refusal.rule');
    }
    case 'choices':
      return t('settings.atLeast', { count: control.minItems });
    case 'timeRanges':
      return t('settings.refusal.ranges');
    default:
      return t('settings.refusal.other');
  }
}

/** The rules between settings (SETTINGS_CONSTRAINTS), each said from the side of the setting it is reported at. */
const RULE_REFUSALS: Readonly<Record<string, string>> = {
  noticeSeconds: 'settings.refusal.notice',
  'idle.naturalBreakAfterSeconds': 'settings.refusal.naturalBreak',
};
