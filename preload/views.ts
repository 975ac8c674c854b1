import { z } from 'zod';
import type { FieldControl } from '../main/core/preferences/settingFields';
import { LAYER_ORDER } from '../main/core/preferences/layers';
import { daySummarySchema } from '../main/core/history/daySummary';
import { settingsSchema } from '../main/core/settings';
import { STORAGE_OUTCOMES } from '../main/core/shared/storageNotice';

/** What the settings, first-run and policy views are shown: the effective settings and where each came from. */

export const SETTING_SOURCES = ['default', ...LAYER_ORDER] as const;

export const adminContactSchema = z.strictObject({
  name: z.string().max(200).optional(),
  url: z.string().max(500).optional(),
  email: z.string().max(200).optional(),
});
export type AdminContact = z.infer<typeof adminContactSchema>;

export const settingsViewSchema = z.strictObject({
  values: settingsSchema,
  /** Every setting with the control that edits it and its limits, from the one schema. */
  fields: z.array(z.strictObject({ path: z.string(), control: z.custom<FieldControl>(), defaultValue: z.unknown() })),
  sources: z.record(z.string(), z.enum(SETTING_SOURCES)),
  rejected: z.array(z.strictObject({ layer: z.enum(LAYER_ORDER), path: z.string(), value: z.unknown(), reason: z.string() })),
  adminContact: adminContactSchema.nullable(),
  firstRunDone: z.boolean(),
  /** Policy values refused before they reached a setting (unknown keys, wrong types, unreadable files). */
  policyProblems: z.array(z.strictObject({ source: z.string(), key: z.string().optional(), reason: z.string() })),
  /** Said once: a saved file could not all be read, what became of it and where the original was kept. */
  storageNotices: z.array(z.strictObject({ file: z.string(), backup: z.string().nullable(), outcome: z.enum(STORAGE_OUTCOMES) })),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;
export type SettingSourceName = (typeof SETTING_SOURCES)[number];

/** What the history window and the end of a break show: every kept day (today so far included), streaks and the goal. */
export const historyViewSchema = z.strictObject({
  days: z.array(daySummarySchema),
  today: daySummarySchema,
  streaks: z.strictObject({ current: z.number().int(), longest: z.number().int() }),
  goal: settingsSchema.shape.goal,
});
export type HistoryView = z.infer<typeof historyViewSchema>;
