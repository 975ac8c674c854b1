import { z } from 'zod';
import type { FieldControl } from '../main/core/preferences/settingFields';
import { LAYER_ORDER } from '../main/core/preferences/layers';
import { daySummarySchema } from '../main/core/history/daySummary';
import { settingsSchema } from '../main/core/settings';
import { storageNoticeSchema } from '../main/core/shared/storageNotice';

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
  /**
   * The OS's preferred languages as the main process reads them: the windows pick their language
   * from the same list as the tray (in Electron, navigator.languages is the app's locale, not the
   * OS's list). Empty where no OS was asked (tests in a browser), and the page's own list applies.
   */
  systemLanguages: z.array(z.string().max(100)).max(100),
  /** Said once: a saved file could not all be read, what became of it and where the original was kept. */
  storageNotices: z.array(storageNoticeSchema),
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
