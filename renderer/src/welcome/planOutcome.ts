// The plans are plain data in the pure core (no runtime imports of their own), shared with the
// main process that applies them, so the window describes exactly what it will set.
import { PLAN_VALUES, PLANS, type Plan } from '../../../main/core/preferences/plans';
import type { SettingsView } from '../../../preload/views';

export { PLANS, type Plan };

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

/**
 * A plan's values over the settings in effect now — the defaults on a fresh install, or what the
 * organization recommends — except where the organization enforces a value, which no plan
 * changes. The same rule `completeFirstRun` applies in the main process.
 */
export function planOutcome(view: SettingsView, plan: Plan): PlanOutcome {
  const planned = PLAN_VALUES[plan];
  const managed = new Set(Object.keys(view.sources).filter((path) => view.sources[path] === 'enforced'));
  function pick<T extends number | boolean>(path: string, current: T): T {
    const value = planned[path];
    return managed.has(path) || typeof value !== typeof current ? current : (value as T);
  }
  const breakOutcome = (kind: 'microBreak' | 'routineBreak') => ({
    enabled: pick(`${kind}.enabled`, view.values[kind].enabled),
    everyMinutes: pick(`${kind}.everyMinutes`, view.values[kind].everyMinutes),
    durationSeconds: pick(`${kind}.durationSeconds`, view.values[kind].durationSeconds),
  });
  return {
    microBreak: breakOutcome('microBreak'),
    routineBreak: breakOutcome('routineBreak'),
    breaksPerDay: pick('goal.breaksPerDay', view.values.goal.breaksPerDay),
    snoozesPerBreak: view.values.strict ? 0 : pick('snooze.maxPerBreak', view.values.snooze.maxPerBreak),
    managed,
  };
}
