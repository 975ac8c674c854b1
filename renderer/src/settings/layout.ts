/**
 * Where each setting appears in the window. Every setting path belongs to exactly one section
 * (the tests check this against the fields the main process reports), so a new setting cannot
 * go missing from the window unnoticed. The window shows one section at a time, chosen in its
 * navigation list.
 */

export type SectionId = 'breaks' | 'schedule' | 'exercises' | 'goal' | 'meetings' | 'soundAndLook' | 'startup' | 'advanced';

export type GroupLegend = 'microBreak' | 'routineBreak' | 'notice' | 'sound' | 'appearance' | 'displays';

export interface SettingsGroup {
  /** A legend for the group (settings.groups.<legend>), when its settings belong together. */
  readonly legend?: GroupLegend;
  readonly paths: readonly string[];
  /** A boolean setting that must be on for the group to mean anything (and be shown). */
  readonly shownWhen?: string;
  /** A class for the group's own layout (the compact week). */
  readonly className?: string;
}

export interface SettingsSectionLayout {
  readonly id: SectionId;
  readonly groups: readonly SettingsGroup[];
}

/** Monday first: the working week reads in order. */
export const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const breakGroup = (legend: 'microBreak' | 'routineBreak'): SettingsGroup => ({
  legend,
  paths: [`${legend}.enabled`, `${legend}.everyMinutes`, `${legend}.durationSeconds`],
});

export const SETTINGS_SECTIONS: readonly SettingsSectionLayout[] = [
  { id: 'breaks', groups: [breakGroup('microBreak'), breakGroup('routineBreak'), { legend: 'notice', paths: ['noticeSeconds', 'strict', 'allowSkip', 'snooze.minutes', 'snooze.maxPerBreak'] }] },
  {
    id: 'schedule',
    groups: [{ paths: ['workingHours.enabled'] }, { paths: WEEK.map((day) => `workingHours.days.${day}`), shownWhen: 'workingHours.enabled', className: 'week' }],
  },
  { id: 'exercises', groups: [{ paths: ['exercises.positions', 'exercises.excluded'] }] },
  { id: 'goal', groups: [{ paths: ['goal.breaksPerDay', 'goal.maxSittingMinutes'] }] },
  { id: 'meetings', groups: [{ paths: ['meetings.defer', 'meetings.graceSeconds', 'meetings.maxDeferMinutes', 'meetings.signals'] }] },
  {
    id: 'soundAndLook',
    groups: [
      { legend: 'sound', paths: ['sound.chime', 'sound.voice'] },
      { legend: 'appearance', paths: ['appearance.theme', 'appearance.language'] },
      { legend: 'displays', paths: ['breakDisplays'] },
    ],
  },
  { id: 'startup', groups: [{ paths: ['startAtLogin'] }] },
  { id: 'advanced', groups: [{ paths: ['idle.pauseAfterSeconds', 'idle.naturalBreakAfterSeconds'] }] },
];

/**
 * Settings that another setting overrides: while strict mode is on, breaks cannot be snoozed or
 * skipped, so these say so and cannot be changed.
 */
export const OVERRIDDEN_BY_STRICT: readonly string[] = ['allowSkip', 'snooze.minutes', 'snooze.maxPerBreak'];
