import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import { useSettingsView } from '../hooks/useSettingsView';
import { pickLocale } from '../i18n/i18n';
import { useAppWindow } from '../hooks/useAppWindow';
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
  useAppWindow(state, title);
  if (state.status === 'ready') {
    const model = { view: state.value, attempts: editor.attempts, locale: pickLocale([i18n.language]), onChange: editor.change, onReset: editor.reset };
    return <SettingsPage model={model} meetingSignals={meetingSignals} onDismissNotice={editor.dismissNotice} />;
  }
  return (
    <main className="settings">
      <h1>{title}</h1>
      {state.status === 'error' && <p role="alert">{t('errors.bridge', { message: state.message })}</p>}
    </main>
  );
}
