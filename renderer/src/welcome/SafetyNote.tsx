import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Short and always visible: Breakwise is not medical advice, stop what hurts, see someone for the
 * warning signs. The full note and every sign are one click away behind a disclosure button, so
 * the plans and Start stay in view at the window's real size.
 */
export function SafetyNote() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const fullId = useId();
  // The same signs the break player lists after "This hurts": one list to keep right.
  const redFlags = t('hurt.redFlags', { returnObjects: true }) as string[];
  return (
    <section className="safety" aria-labelledby="welcome-safety">
      <h2 id="welcome-safety">{t('welcome.safety.heading')}</h2>
      <p className="safety-short">{t('welcome.safety.short')}</p>
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={fullId} onClick={() => setOpen(!open)}>
        {open ? t('welcome.safety.less') : t('welcome.safety.more')}
      </button>
      <div id={fullId} className="safety-full" hidden={!open}>
        <p>{t('welcome.safety.notAdvice')}</p>
        <p>{t('welcome.safety.stop')}</p>
        <p id="welcome-red-flags">{t('welcome.safety.redFlags')}</p>
        <ul aria-labelledby="welcome-red-flags">
          {redFlags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
