import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFitToBox } from './useFitToBox';

/** After "this hurts": what to do now, and the signs that need a professional. */
export function HurtScreen({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const screen = useRef<HTMLElement>(null);
  useFitToBox(screen, i18n.language);
  const redFlags = t('hurt.redFlags', { returnObjects: true }) as string[];
  return (
    <main ref={screen} className="break-end hurt" aria-labelledby="hurt-heading">
      <h1 id="hurt-heading">{t('hurt.heading')}</h1>
      <p>{t('hurt.now')}</p>
      <h2>{t('hurt.redFlagsHeading')}</h2>
      <ul>
        {redFlags.map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onBack}>
        {t('hurt.back')}
      </button>
    </main>
  );
}
