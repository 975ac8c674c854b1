import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_SECTIONS, type SectionId } from './layout';
import { MeetingSignals, type MeetingSignalsView } from './MeetingSignals';
import { hasPolicy, PolicyView } from './PolicyView';
import { SettingsNav } from './SettingsNav';
import { SettingsSection } from './SettingsSection';
import type { SettingsModel } from './settingsModel';
import { StorageNotice } from './StorageNotice';

const SECTION_IDS = SETTINGS_SECTIONS.map((s) => s.id);

/**
 * The whole settings window, from props: the storage notice, the list of sections and the one
 * chosen, and — for the people who need them — the organization's details behind a disclosure.
 */
export function SettingsPage({ model, meetingSignals = null, onDismissNotice }: { model: SettingsModel; meetingSignals?: MeetingSignalsView | null; onDismissNotice: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<SectionId>('breaks');
  const { view } = model;
  const layout = SETTINGS_SECTIONS.find((s) => s.id === current) ?? SETTINGS_SECTIONS[0];
  return (
    <main className="settings" aria-labelledby="settings-heading">
      <header className="settings-header">
        <h1 id="settings-heading">{t('settings.title')}</h1>
        <p className="hint">{t('settings.intro')}</p>
      </header>
      {view.storageNotices.length > 0 && <StorageNotice notices={view.storageNotices} onDismiss={onDismissNotice} />}
      <div className="settings-body">
        <SettingsNav sections={SECTION_IDS} current={current} onSelect={setCurrent} />
        <div id="settings-panel" className="settings-panel">
          {layout !== undefined && (
            <SettingsSection key={layout.id} layout={layout} model={model}>
              {layout.id === 'meetings' && <MeetingSignals signals={meetingSignals} />}
            </SettingsSection>
          )}
          {hasPolicy(view) && <PolicyView view={view} locale={model.locale} />}
        </div>
      </div>
    </main>
  );
}
