import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import { useSettingsView } from '../hooks/useSettingsView';
import { useAppWindow } from '../hooks/useAppWindow';
import { useExerciseTexts } from '../exercises/libraryText';
import { uiLocaleOf } from '../i18n/i18n';
import { isolated } from '../i18n/isolated';
import { HistoryPage } from './HistoryPage';
import { useHistoryExport } from './useHistoryExport';
import { useHistoryView } from './useHistoryView';
import { usePutBack } from './usePutBack';
import './history.css';

/** The history window (#history): the kept days from the main process, and exporting them. */
export function HistoryWindow({ bridge }: { bridge: BreakwiseBridge }) {
  const { t, i18n } = useTranslation();
  const history = useHistoryView(bridge);
  const settings = useSettingsView(bridge);
  const exporter = useHistoryExport(bridge);
  const exclusions = usePutBack(bridge, settings);
  const title = t('history.title');
  useAppWindow(settings, title);
  useExerciseTexts(uiLocaleOf(i18n.language));
  const naturalBreakAfterSeconds = settings.status === 'ready' ? settings.value.values.idle.naturalBreakAfterSeconds : null;
  if (history.status === 'ready') {
    return (
      <HistoryPage
        view={history.value}
        locale={i18n.language}
        exportState={exporter.state}
        onExport={exporter.exportAs}
        exclusions={exclusions}
        naturalBreakAfterSeconds={naturalBreakAfterSeconds}
      />
    );
  }
  return (
    <main className="history" aria-labelledby="history-heading">
      <h1 id="history-heading">{title}</h1>
      {history.status === 'error' && <p role="alert">{t('errors.bridge', { message: isolated(history.message) })}</p>}
    </main>
  );
}
