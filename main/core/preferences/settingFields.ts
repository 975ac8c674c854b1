import { z } from 'zod';
import { DEFAULT_SETTINGS, settingsFieldsSchema } from '../settings';
import { getAtPath } from './settingPaths';

/**
 * Every setting as a flat path ("microBreak.everyMinutes") with its own schema and the kind of
 * control that edits it. Walked from the one settings schema, so a new field appears in the
 * layering, the policy keys and the settings window without being listed anywhere else.
 */

export type FieldControl =
  | { readonly type: 'boolean' }
  | { readonly type: 'integer'; readonly min: number; readonly max: number }
  | { readonly type: 'choice'; readonly options: readonly string[] }
  | { readonly type: 'choices'; readonly options: readonly string[]; readonly minItems: number }
  | { readonly type: 'idList' }
  | { readonly type: 'timeRanges' };

export interface SettingField {
  readonly path: string;
  /** The field's own rules, without its default: a value is checked as given. */
  readonly schema: z.ZodType;
  readonly defaultValue: unknown;
  readonly control: FieldControl;
}

const unwrapDefaults = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault ? unwrapDefaults(schema.unwrap() as z.ZodType) : schema;

function controlOf(schema: z.ZodType, path: string): FieldControl {
  if (schema instanceof z.ZodBoolean) return { type: 'boolean' };
  if (schema instanceof z.ZodNumber) return { type: 'integer', min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
  if (schema instanceof z.ZodEnum) return { type: 'choice', options: schema.options.map(String) };
  if (schema instanceof z.ZodArray) {
    const element = unwrapDefaults(schema.element as z.ZodType);
    // Only a minimum length refuses an empty list of choices.
    if (element instanceof z.ZodEnum) return { type: 'choices', options: element.options.map(String), minItems: schema.safeParse([]).success ? 0 : 1 };
    if (element instanceof z.ZodString) return { type: 'idList' };
    return { type: 'timeRanges' };
  }
  throw new Error(`settings field ${path} has no control`);
}

function walk(shape: Record<string, z.ZodType>, prefix: string): SettingField[] {
  return Object.entries(shape).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const inner = unwrapDefaults(value);
    if (inner instanceof z.ZodObject) return walk(inner.shape as Record<string, z.ZodType>, path);
    return [{ path, schema: inner, defaultValue: getAtPath(DEFAULT_SETTINGS, path), control: controlOf(inner, path) }];
  });
}

export const SETTING_FIELDS: readonly SettingField[] = walk(settingsFieldsSchema.shape as Record<string, z.ZodType>, '');

const BY_PATH = new Map(SETTING_FIELDS.map((field) => [field.path, field]));

export const settingField = (path: string): SettingField | undefined => BY_PATH.get(path);

/** The fields as the windows see them: an organization's minimum (MinMicroBreakSeconds, …) is the lower limit of its control. */
export const fieldsWithMinimums = (minimums: Readonly<Record<string, number>>): { path: string; control: FieldControl; defaultValue: unknown }[] =>
  SETTING_FIELDS.map(({ path, control, defaultValue }) => {
    const minimum = minimums[path];
    return { path, defaultValue, control: control.type === 'integer' && minimum !== undefined ? { ...control, min: Math.max(control.min, minimum) } : control };
  });
