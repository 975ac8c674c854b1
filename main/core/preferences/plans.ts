import type { FlatValues } from './settingPaths';

/**
 * The plans offered on first run. Each is a set of user values over the defaults, so a person
 * can still change any of them later. "Standard" is the evidence-based default of the brief
 * (30 s every 20 min, 3 min every hour); "gentle" stretches the intervals for people who find
 * that too often; "active" adds walking time and a longer routine.
 */
export const PLANS = ['gentle', 'standard', 'active'] as const;
export type Plan = (typeof PLANS)[number];

export const PLAN_VALUES: Readonly<Record<Plan, FlatValues>> = {
  gentle: {
    'microBreak.everyMinutes': 30,
    'microBreak.durationSeconds': 20,
    'routineBreak.everyMinutes': 90,
    'routineBreak.durationSeconds': 120,
    'snooze.maxPerBreak': 3,
    'goal.breaksPerDay': 3,
  },
  standard: {},
  active: {
    'microBreak.everyMinutes': 20,
    'microBreak.durationSeconds': 45,
    'routineBreak.everyMinutes': 45,
    'routineBreak.durationSeconds': 300,
    'snooze.maxPerBreak': 1,
    'goal.breaksPerDay': 6,
  },
};
