import { useTranslation } from 'react-i18next';

/** The end of a break: what was done. */
export function DoneScreen({ count, onBack }: { count: number; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="done" aria-labelledby="done-heading">
      <h1 id="done-heading">{t('done.heading')}</h1>
      <p>{t('done.summary', { count })}</p>
      <button type="button" className="primary" onClick={onBack}>
        {t('done.back')}
      </button>
    </main>
  );
}
