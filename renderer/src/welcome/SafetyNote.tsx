import { useTranslation } from 'react-i18next';

/** Said before anything else is chosen: Breakwise is not medical advice, when to stop, and when to see someone. */
export function SafetyNote() {
  const { t } = useTranslation();
  // The same signs the break player lists after "This hurts": one list to keep right.
  const redFlags = t('hurt.redFlags', { returnObjects: true }) as string[];
  return (
    <section className="safety" aria-labelledby="welcome-safety">
      <h2 id="welcome-safety">{t('welcome.safety.heading')}</h2>
      <p>{t('welcome.safety.notAdvice')}</p>
      <p>{t('welcome.safety.stop')}</p>
      <p id="welcome-red-flags">{t('welcome.safety.redFlags')}</p>
      <ul aria-labelledby="welcome-red-flags">
        {redFlags.map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
    </section>
  );
}
