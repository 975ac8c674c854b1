import type { TFunction } from 'i18next';
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

/** "2–480 minutes", from the limits the schema gives. */
export const limitsText = (t: TFunction, path: string, min: number, max: number): string => t(`settings.limits.${unitOf(path)}`, { min, max });

export const amountText = (t: TFunction, path: string, count: number): string => t(`settings.units.${unitOf(path)}`, { count });

const rangeText = (range: { from: string; to: string }) => `${range.from}–${range.to}`;

/** A setting's value in words, for the policy view; a value of the wrong shape is shown as JSON. */
export function valueText(t: TFunction, field: SettingFieldView | undefined, value: unknown, locale: UiLocale): string {
  const control = field?.control;
  const path = field?.path ?? '';
  if (control?.type === 'boolean' && typeof value === 'boolean') return t(value ? 'settings.value.on' : 'settings.value.off');
  if (control?.type === 'integer' && typeof value === 'number') return amountText(t, path, value);
  if (control?.type === 'choice' && typeof value === 'string' && control.options.includes(value)) return t(optionKey(path, value));
  if (control?.type === 'choices' && Array.isArray(value)) return listText(t, asStrings(value).map((v) => (control.options.includes(v) ? t(optionKey(path, v)) : v)));
  if (control?.type === 'idList' && Array.isArray(value)) return listText(t, asStrings(value).map((id) => exerciseTitle(id, locale)));
  if (control?.type === 'timeRanges' && Array.isArray(value)) return listText(t, asRanges(value).map(rangeText));
  return JSON.stringify(value) ?? String(value);
}

const listText = (t: TFunction, items: readonly string[]): string => (items.length === 0 ? t('settings.value.none') : items.join(', '));
