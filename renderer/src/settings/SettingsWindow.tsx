import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import { useSettingsView } from '../hooks/useSettingsView';
import { useAppWindow } from '../hooks/useAppWindow';
import { uiLocaleOf } from '../i18n/i18n';
import { isolated } from '../i18n/isolated';
import { useExerciseTexts } from '../exercises/libraryText';
import { useMeetingSignals } from './MeetingSignals';
import { SettingsPage } from './SettingsPage';
import { useSettingsEditor } from './useSettingsEditor';
import './settings.css';

/** The settings window (#settings): the live settings, changed through the bridge as the person edits them. */
export function SettingsWindow({ bridge }: { bridge: BreakwiseBridge }) {
  const { t, i18n } = useTranslation();
  const state = useSettingsView(bridge);
  const editor = useSettingsEditor(bridge);
  const meetingSignals = useMeetingSignals(bridge);
  const title = t('settings.title');
  const locale = uiLocaleOf(i18n.language);
  useAppWindow(state, title);
  useExerciseTexts(locale);
  if (state.status === 'ready') {
    const model = { view: state.value, attempts: editor.attempts, locale, onChange: editor.change, onReset: editor.reset };
    return <SettingsPage model={model} meetingSignals={meetingSignals} onDismissNotice={editor.dismissNotice} />;
  }
  return (
    <main className="settings">
      <h1>{title}</h1>
      {state.status === 'error' && <p role="alert">{t('errors.bridge', { message: isolated(state.message) })}</p>}
    </main>
  );
}
