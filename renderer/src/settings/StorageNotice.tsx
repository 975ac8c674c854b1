import { useTranslation } from 'react-i18next';

/** Said once, at the top: the saved settings could not all be read. Dismissed for good. */
export function StorageNotice({ notice, onDismiss }: { notice: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner" role="alert">
      <p>
        <strong>{t('settings.storageNotice.heading')}</strong> {notice}
      </p>
      <button type="button" onClick={onDismiss}>
        {t('settings.storageNotice.dismiss')}
      </button>
    </div>
  );
}
