import { useTranslation } from 'react-i18next';
import { SETTINGS_SECTIONS } from './layout';
import { MeetingSignals, type MeetingSignalsView } from './MeetingSignals';
import { PolicyView } from './PolicyView';
import { SettingsSection } from './SettingsSection';
import type { SettingsModel } from './settingsModel';
import { StorageNotice } from './StorageNotice';

/** The whole settings window, from props: the storage notice, every section, and the policy view. */
export function SettingsPage({ model, meetingSignals = null, onDismissNotice }: { model: SettingsModel; meetingSignals?: MeetingSignalsView | null; onDismissNotice: () => void }) {
  const { t } = useTranslation();
  const { view } = model;
  return (
    <main className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.title')}</h1>
      {view.storageNotice !== null && <StorageNotice notice={view.storageNotice} onDismiss={onDismissNotice} />}
      <p className="hint">{t('settings.intro')}</p>
      {SETTINGS_SECTIONS.map((layout) => (
        <SettingsSection key={layout.id} layout={layout} model={model}>
          {layout.id === 'meetings' && <MeetingSignals signals={meetingSignals} />}
        </SettingsSection>
      ))}
      <PolicyView view={view} locale={model.locale} />
    </main>
  );
}
