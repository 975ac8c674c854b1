import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../preload/views';
import { AdminContactLine } from './AdminContactLine';
import type { SettingSource } from './settingsModel';

export interface SourceNoteProps {
  readonly source: SettingSource;
  readonly id: string;
  readonly label: string;
  readonly contact: SettingsView['adminContact'];
  readonly onReset: () => void;
}

/**
 * Where a setting's value comes from, when that matters: managed (locked, with whom to ask),
 * recommended by the organization, or the person's own choice (which can go back to the
 * organization's recommendation or the default).
 */
export function SourceNote({ source, id, label, contact, onReset }: SourceNoteProps) {
  const { t } = useTranslation();
  if (source === 'enforced') {
    return (
      <p id={id} className="source-note managed">
        <span className="badge">{t('settings.source.enforced')}</span> <AdminContactLine contact={contact} />
      </p>
    );
  }
  if (source === 'recommended') {
    return (
      <p id={id} className="source-note">
        {t('settings.source.recommended')}
      </p>
    );
  }
  if (source === 'user') {
    return (
      <p className="source-note">
        <button type="button" className="link-button" title={t('settings.resetHint')} aria-label={t('settings.resetName', { label })} onClick={onReset}>
          {t('settings.reset')}
        </button>
      </p>
    );
  }
  return null;
}
