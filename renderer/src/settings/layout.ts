/**
 * Where each setting appears in the window. Every setting path belongs to exactly one section
 * (the tests check this against the fields the main process reports), so a new setting cannot
 * go missing from the window unnoticed.
 */

export type SectionId = 'schedule' | 'workingHours' | 'idle' | 'notice' | 'meetings' | 'exercises' | 'goal' | 'sound' | 'appearance' | 'startup' | 'displays';

export interface SettingsGroup {
  /** A legend for the group (settings.groups.<legend>), when its settings belong together. */
  readonly legend?: 'microBreak' | 'routineBreak';
  readonly paths: readonly string[];
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
  { id: 'schedule', groups: [breakGroup('microBreak'), breakGroup('routineBreak')] },
  { id: 'workingHours', groups: [{ paths: ['workingHours.enabled', ...WEEK.map((day) => `workingHours.days.${day}`)] }] },
  { id: 'idle', groups: [{ paths: ['idle.pauseAfterSeconds', 'idle.naturalBreakAfterSeconds'] }] },
  { id: 'notice', groups: [{ paths: ['noticeSeconds', 'snooze.minutes', 'snooze.maxPerBreak', 'strict', 'allowSkip'] }] },
  { id: 'meetings', groups: [{ paths: ['meetings.defer', 'meetings.graceSeconds', 'meetings.maxDeferMinutes', 'meetings.signals'] }] },
  { id: 'exercises', groups: [{ paths: ['exercises.positions', 'exercises.excluded'] }] },
  { id: 'goal', groups: [{ paths: ['goal.breaksPerDay', 'goal.maxSittingMinutes'] }] },
  { id: 'sound', groups: [{ paths: ['sound.chime', 'sound.voice'] }] },
  { id: 'appearance', groups: [{ paths: ['appearance.theme', 'appearance.language'] }] },
  { id: 'startup', groups: [{ paths: ['startAtLogin'] }] },
  { id: 'displays', groups: [{ paths: ['breakDisplays'] }] },
];
