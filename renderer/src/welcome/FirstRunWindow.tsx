import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import { useSettingsView } from '../hooks/useSettingsView';
import { useAppWindow } from '../hooks/useAppWindow';
import { FirstRunPage } from './FirstRunPage';
import type { Plan } from './planOutcome';
import { useFirstRun } from './useFirstRun';
import { usePlanOutcomes } from './usePlanOutcomes';
import './welcome.css';
import { isolated } from '../i18n/isolated';

/** The first-run window (#welcome): a plan and start at login, saved through the bridge; the main process then closes it. */
export function FirstRunWindow({ bridge }: { bridge: BreakwiseBridge }) {
  const { t } = useTranslation();
  const settings = useSettingsView(bridge);
  const { progress, complete } = useFirstRun(bridge);
  const outcomes = usePlanOutcomes(settings.status === 'ready' ? settings.value : null);
  const [plan, setPlan] = useState<Plan>('standard');
  const [startAtLogin, setStartAtLogin] = useState<boolean | null>(null);
  const title = t('welcome.title');
  useAppWindow(settings, title);
  if (settings.status === 'ready') {
    return (
      <FirstRunPage
        view={settings.value}
        outcomes={outcomes}
        plan={plan}
        onPlan={setPlan}
        startAtLogin={startAtLogin}
        onStartAtLogin={setStartAtLogin}
        progress={progress}
        onStart={complete}
      />
    );
  }
  return (
    <main className="welcome" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">{title}</h1>
      {settings.status === 'error' && <p role="alert">{t('errors.bridge', { message: isolated(settings.message) })}</p>}
    </main>
  );
}
