import { useEffect, useMemo, useState } from 'react';
import type { SettingsView } from '../../../preload/views';
import { loadPlanRules, planOutcomes, type PlanOutcomes, type PlanRulesModule } from './planOutcome';

/** What each plan gives under the settings in effect, once the plan rules have loaded (null until then). */
export function usePlanOutcomes(view: SettingsView | null): PlanOutcomes | null {
  const [rules, setRules] = useState<PlanRulesModule | null>(null);
  useEffect(() => {
    let current = true;
    void loadPlanRules().then((loaded) => current && setRules(loaded));
    return () => {
      current = false;
    };
  }, []);
  return useMemo(() => (rules === null || view === null ? null : planOutcomes(rules, view)), [rules, view]);
}
