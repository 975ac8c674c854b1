import { useTranslation } from 'react-i18next';
import type { Plan, PlanOutcome, PlanOutcomes } from './planOutcome';

const SECONDS_PER_MINUTE = 60;

/** The three plans as a radio group; each says what it sets: how often and how long breaks are, and the daily goal. */
export function PlanChoice({ outcomes, selected, onSelect }: { outcomes: PlanOutcomes; selected: Plan; onSelect: (plan: Plan) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="plans" aria-describedby="plan-hint">
      <legend>{t('welcome.plan.legend')}</legend>
      <p id="plan-hint" className="hint">
        {t('welcome.plan.hint')}
      </p>
      <div className="plan-list">
        {(Object.keys(outcomes) as Plan[]).map((plan) => {
          const id = `plan-${plan}`;
          return (
            <div key={plan} className="plan">
              <input type="radio" id={id} name="plan" value={plan} checked={plan === selected} onChange={() => onSelect(plan)} aria-describedby={`${id}-summary ${id}-details`} />
              <label htmlFor={id}>{t(`welcome.plan.names.${plan}`)}</label>
              <p id={`${id}-summary`} className="plan-summary">
                {t(`welcome.plan.summaries.${plan}`)}
              </p>
              <PlanDetails id={`${id}-details`} outcome={outcomes[plan]} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function PlanDetails({ id, outcome }: { id: string; outcome: PlanOutcome }) {
  const { t } = useTranslation();
  const { microBreak, routineBreak, breaksPerDay, snoozesPerBreak, managed } = outcome;
  const managedAny = (...paths: string[]) => paths.some((path) => managed.has(path));
  return (
    <ul id={id} className="plan-details">
      <Line managed={managedAny('microBreak.enabled', 'microBreak.everyMinutes', 'microBreak.durationSeconds')}>
        {microBreak.enabled ? t('welcome.plan.micro', { every: microBreak.everyMinutes, seconds: microBreak.durationSeconds }) : t('welcome.plan.microOff')}
      </Line>
      <Line managed={managedAny('routineBreak.enabled', 'routineBreak.everyMinutes', 'routineBreak.durationSeconds')}>
        {routineBreak.enabled
          ? t('welcome.plan.routine', { every: routineBreak.everyMinutes, minutes: routineBreak.durationSeconds / SECONDS_PER_MINUTE })
          : t('welcome.plan.routineOff')}
      </Line>
      <Line managed={managedAny('goal.breaksPerDay')}>{t('welcome.plan.goal', { breaks: breaksPerDay })}</Line>
      <Line managed={managedAny('strict', 'snooze.maxPerBreak')}>{t('welcome.plan.snooze', { count: snoozesPerBreak })}</Line>
    </ul>
  );
}

/** One figure of a plan; one the organization manages says so, since no plan changes it. */
function Line({ managed, children }: { managed: boolean; children: string }) {
  const { t } = useTranslation();
  return (
    <li>
      {children}
      {managed && (
        <>
          {' '}
          <span className="managed-mark">({t('settings.source.enforced')})</span>
        </>
      )}
    </li>
  );
}
