import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../preload/views';
import { isolated } from '../i18n/isolated';

/** Said once, at the top: a saved file could not all be read, what became of it and where the original is. Dismissed for good. */
export function StorageNotice({ notices, onDismiss }: { notices: SettingsView['storageNotices']; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner" role="alert">
      <div>
        <strong>{t('settings.storageNotice.heading')}</strong>
        {notices.map((notice) => (
          <p key={notice.file}>{t(`settings.storageNotice.${notice.outcome}`, { file: isolated(notice.file), backup: isolated(notice.backup ?? '') })}</p>
        ))}
      </div>
      <button type="button" onClick={onDismiss}>
        {t('settings.storageNotice.dismiss')}
      </button>
    </div>
  );
}
