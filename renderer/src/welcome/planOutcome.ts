// What a plan gives under the organization's policy is decided once, in the core, and shared
// with the main process that applies it (`completeFirstRun`), so the window shows exactly what
// choosing a plan will set.
import type * as PlanRules from '../../../main/core/preferences/plans';
import type { SettingsView } from '../../../preload/views';

export type Plan = PlanRules.Plan;
export type PlanRulesModule = typeof PlanRules;

type Values = SettingsView['values'];

/** What a plan means once chosen: the figures the first-run window shows for it. */
export interface PlanOutcome {
  readonly microBreak: Pick<Values['microBreak'], 'enabled' | 'everyMinutes' | 'durationSeconds'>;
  readonly routineBreak: Pick<Values['routineBreak'], 'enabled' | 'everyMinutes' | 'durationSeconds'>;
  readonly breaksPerDay: number;
  /** 0 when breaks cannot be snoozed at all (strict mode). */
  readonly snoozesPerBreak: number;
  /** Setting paths the organization manages: no plan changes them. */
  readonly managed: ReadonlySet<string>;
}

/** Every plan, in the order they are offered, with what it gives. */
export type PlanOutcomes = Readonly<Record<Plan, PlanOutcome>>;

/**
 * The rules arrive when the welcome asks for them: they bring the settings' schema (zod), which
 * no other window needs, so the break window's script stays small.
 */
export const loadPlanRules = (): Promise<PlanRulesModule> => import('../../../main/core/preferences/plans');

/**
 * Each plan's values over the settings in effect now — the defaults on a fresh install, or what
 * the organization recommends — except where the organization manages a value or refuses the
 * plan's (a minimum break length): the core's `settingsWithPlan`, which `completeFirstRun` applies.
 */
export function planOutcomes(rules: PlanRulesModule, view: SettingsView): PlanOutcomes {
  const managed = new Set(Object.keys(view.sources).filter((path) => view.sources[path] === 'enforced'));
  const layers = rules.layersOfView(view);
  const outcomeOf = (plan: Plan): PlanOutcome => {
    const values = rules.settingsWithPlan(layers, plan);
    const pick = ({ enabled, everyMinutes, durationSeconds }: Values['microBreak']) => ({ enabled, everyMinutes, durationSeconds });
    return {
      microBreak: pick(values.microBreak),
      routineBreak: pick(values.routineBreak),
      breaksPerDay: values.goal.breaksPerDay,
      snoozesPerBreak: values.strict ? 0 : values.snooze.maxPerBreak,
      managed,
    };
  };
  return Object.fromEntries(rules.PLANS.map((plan) => [plan, outcomeOf(plan)])) as Record<Plan, PlanOutcome>;
}
