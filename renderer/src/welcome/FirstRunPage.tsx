import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../preload/views';
import { AdminContactLine } from '../settings/AdminContactLine';
import { PlanChoice } from './PlanChoice';
import type { Plan, PlanOutcomes } from './planOutcome';
import { SafetyNote } from './SafetyNote';
import type { FirstRunProgress } from './useFirstRun';
import { isolated } from '../i18n/isolated';

export interface FirstRunPageProps {
  readonly view: SettingsView;
  /** What each plan gives; null while the plan rules load. */
  readonly outcomes: PlanOutcomes | null;
  readonly plan: Plan;
  readonly onPlan: (plan: Plan) => void;
  /** The box as the person left it; null while they have not touched it (then it shows the setting in effect). */
  readonly startAtLogin: boolean | null;
  readonly onStartAtLogin: (value: boolean) => void;
  readonly progress: FirstRunProgress;
  readonly onStart: (plan: Plan, startAtLogin: boolean) => void;
}

const LOGIN_ID = 'welcome-start-at-login';
const LOGIN_NOTE_ID = `${LOGIN_ID}-note`;

/** The first-run window, from props: what Breakwise will do, a plan, start at login and Start, then (short, with the full text one click away) what it is not. */
export function FirstRunPage({ view, outcomes, plan, onPlan, startAtLogin, onStartAtLogin, progress, onStart }: FirstRunPageProps) {
  const { t } = useTranslation();
  const loginManaged = view.sources.startAtLogin === 'enforced';
  const loginChecked = loginManaged || startAtLogin === null ? view.values.startAtLogin : startAtLogin;
  const confirmation = useRef<HTMLParagraphElement>(null);
  const done = progress.status === 'done';
  useEffect(() => {
    // The form is gone once done: focus goes to what replaced it rather than to the page's start.
    if (done) confirmation.current?.focus();
  }, [done]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart(plan, loginChecked);
  };
  return (
    <main className="welcome" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>
      {!done && (
        <form onSubmit={submit} aria-label={t('welcome.setup')}>
          {outcomes !== null && <PlanChoice outcomes={outcomes} selected={plan} onSelect={onPlan} />}
          <div className="start-row">
            <div className="login-choice">
              <input
                id={LOGIN_ID}
                type="checkbox"
                checked={loginChecked}
                disabled={loginManaged}
                aria-describedby={loginManaged ? LOGIN_NOTE_ID : undefined}
                onChange={(event) => onStartAtLogin(event.target.checked)}
              />
              <label htmlFor={LOGIN_ID}>{t('welcome.startAtLogin')}</label>
              {loginManaged && (
                <p id={LOGIN_NOTE_ID} className="managed-note">
                  <span className="badge">{t('settings.source.enforced')}</span> <AdminContactLine contact={view.adminContact} />
                </p>
              )}
            </div>
            <button type="submit" className="primary" aria-disabled={progress.status === 'saving' || undefined}>
              {t('welcome.start')}
            </button>
          </div>
          <p role="alert" className="error">
            {progress.status === 'failed' ? t('welcome.failed', { message: isolated(progress.message) }) : ''}
          </p>
        </form>
      )}
      <p role="status" className="confirmation" tabIndex={-1} ref={confirmation}>
        {done ? t('welcome.done') : ''}
      </p>
      <SafetyNote />
    </main>
  );
}
