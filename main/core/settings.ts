import { z } from 'zod';
import { BUSY_REASONS } from './busy';
import { POSITIONS } from './exercises/exerciseSchema';
import { CLOCK_TIME_PATTERN, CLOCK_TIME_RULE } from './shared/clockTime';
import { exerciseIdSchema } from './shared/exerciseId';
import { LANGUAGES } from './shared/languages';

/**
 * The engine's settings: one schema is the source of the type, the defaults and validation.
 * Defaults follow the evidence in the product brief: a 30-second reset every 20 minutes of
 * sitting, a 3-minute routine every hour, gaps under 2 minutes still count as sitting and a gap
 * of 5 minutes is a natural break.
 */

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z.string().regex(CLOCK_TIME_PATTERN, CLOCK_TIME_RULE);

export const timeRangeSchema = z
  .strictObject({ from: clockTime, to: clockTime })
  .refine((range) => range.from < range.to, { message: '"from" must be earlier than "to"' });
export type TimeRange = z.infer<typeof timeRangeSchema>;

const dayRanges = z
  .array(timeRangeSchema)
  .max(8)
  .refine(
    (ranges) => {
      const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from));
      return sorted.every((range, i) => i === 0 || (sorted[i - 1]?.to ?? '') <= range.from);
    },
    { message: 'time ranges of one day must not overlap' },
  );

const OFFICE_DAY: TimeRange[] = [{ from: '09:00', to: '17:00' }];

export const workingHoursSchema = z.strictObject({
  enabled: z.boolean().default(false),
  days: z
    .strictObject({
      sunday: dayRanges.default([]),
      monday: dayRanges.default(OFFICE_DAY),
      tuesday: dayRanges.default(OFFICE_DAY),
      wednesday: dayRanges.default(OFFICE_DAY),
      thursday: dayRanges.default(OFFICE_DAY),
      friday: dayRanges.default(OFFICE_DAY),
      saturday: dayRanges.default([]),
    })
    .prefault({}),
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;

const breakSchema = (everyMinutes: number, durationSeconds: number) =>
  z.strictObject({
    enabled: z.boolean().default(true),
    everyMinutes: z.number().int().min(2).max(480).default(everyMinutes),
    durationSeconds: z.number().int().min(10).max(3_600).default(durationSeconds),
  });

const settingsShape = z.strictObject({
  microBreak: breakSchema(20, 30).prefault({}),
  routineBreak: breakSchema(60, 180).prefault({}),
  idle: z
    .strictObject({
      pauseAfterSeconds: z.number().int().min(10).max(3_600).default(120),
      naturalBreakAfterSeconds: z.number().int().min(10).max(14_400).default(300),
    })
    .prefault({}),
  noticeSeconds: z.number().int().min(0).max(300).default(30),
  snooze: z
    .strictObject({
      minutes: z.number().int().min(1).max(60).default(5),
      maxPerBreak: z.number().int().min(0).max(10).default(2),
    })
    .prefault({}),
  /** Strict mode refuses both snooze and skip; this refuses only skip. */
  strict: z.boolean().default(false),
  allowSkip: z.boolean().default(true),
  exercises: z
    .strictObject({
      /** Floor exercises only for people who said they can lie down. */
      positions: z.array(z.enum(POSITIONS)).min(1).default(['seated', 'standing', 'walking']),
      /** Exercises taken out of rotation (by the person, or after "this hurts"). */
      excluded: z.array(exerciseIdSchema).max(100).default([]),
    })
    .prefault({}),
  /** Where break windows appear: on every display, or the primary one only. */
  breakDisplays: z.enum(['all', 'primary']).default('all'),
  workingHours: workingHoursSchema.prefault({}),
  /** A day counts toward the streak when it meets this goal (defaults from the product brief). */
  goal: z
    .strictObject({
      breaksPerDay: z.number().int().min(1).max(30).default(4),
      maxSittingMinutes: z.number().int().min(20).max(480).default(90),
    })
    .prefault({}),
  /** Spoken cues and a soft chime in the break player; both off so a break never surprises a shared office. */
  sound: z.strictObject({ chime: z.boolean().default(false), voice: z.boolean().default(false) }).prefault({}),
  appearance: z
    .strictObject({
      theme: z.enum(['system', 'light', 'dark']).default('system'),
      language: z.enum(['system', ...LANGUAGES]).default('system'),
    })
    .prefault({}),
  startAtLogin: z.boolean().default(true),
  /**
   * Meetings, presentations and full-screen work: a break that falls due while one of these
   * signals says busy waits (no window, no sound) until it ends, then comes after the grace
   * period with its usual notice. After `maxDeferMinutes` of waiting an OS notification says it
   * is overdue — never while presenting or sharing the screen.
   */
  meetings: z
    .strictObject({
      defer: z.boolean().default(true),
      graceSeconds: z.number().int().min(0).max(600).default(60),
      maxDeferMinutes: z.number().int().min(10).max(240).default(60),
      /** Which signals count as busy; an empty list means none does. */
      signals: z.array(z.enum(BUSY_REASONS)).default([...BUSY_REASONS]),
    })
    .prefault({}),
});

type SettingsShape = z.infer<typeof settingsShape>;

/** A rule between settings: the paths it reads, where a breach is reported, and its message. */
export interface SettingsConstraint {
  readonly paths: readonly string[];
  readonly reportAt: string;
  readonly message: string;
  holds(settings: SettingsShape): boolean;
}

const noticeShorterThan = (kind: 'microBreak' | 'routineBreak'): SettingsConstraint => ({
  paths: ['noticeSeconds', `${kind}.everyMinutes`],
  reportAt: 'noticeSeconds',
  message: `must be shorter than ${kind}.everyMinutes`,
  holds: (s) => s.noticeSeconds < s[kind].everyMinutes * 60,
});

/** The cross-field rules; the layered settings use the same list to refuse a conflicting value. */
export const SETTINGS_CONSTRAINTS: readonly SettingsConstraint[] = [
  {
    paths: ['idle.pauseAfterSeconds', 'idle.naturalBreakAfterSeconds'],
    reportAt: 'idle.naturalBreakAfterSeconds',
    message: 'must be at least idle.pauseAfterSeconds',
    holds: (s) => s.idle.naturalBreakAfterSeconds >= s.idle.pauseAfterSeconds,
  },
  {
    paths: ['noticeSeconds', 'snooze.minutes'],
    reportAt: 'noticeSeconds',
    message: 'must be shorter than snooze.minutes, or a snoozed break would be announced again at once',
    holds: (s) => s.noticeSeconds < s.snooze.minutes * 60,
  },
  noticeShorterThan('microBreak'),
  noticeShorterThan('routineBreak'),
];

/** The settings object without its cross-field rules: the source of each field's own limits. */
export const settingsFieldsSchema = settingsShape;

export const settingsSchema = settingsShape.superRefine((s, ctx) => {
  for (const rule of SETTINGS_CONSTRAINTS) {
    if (!rule.holds(s)) ctx.addIssue({ code: 'custom', path: rule.reportAt.split('.'), message: rule.message });
  }
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type { BreakKind } from './shared/breakKinds';
import type { BreakKind } from './shared/breakKinds';

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const breakSettings = (settings: Settings, kind: BreakKind): Settings['microBreak'] =>
  kind === 'micro' ? settings.microBreak : settings.routineBreak;

/** Every problem as "path: message", the form the CLI, IPC and settings window show. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/** A partial settings object merged over the defaults; unknown keys and bad values are refused. */
export function parseSettings(input: unknown): SettingsResult {
  const result = settingsSchema.safeParse(input);
  return result.success ? { ok: true, settings: result.data } : { ok: false, problems: describeIssues(result.error) };
}
