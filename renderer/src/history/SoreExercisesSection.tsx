import { useTranslation } from 'react-i18next';
import { exerciseText } from '../exercises/libraryText';
import { uiLocaleOf } from '../i18n/i18n';
import { formatRowDate } from './formatting';
import type { SoreExercise } from './wellbeing';
import { isolated } from '../i18n/isolated';

export interface SoreExercisesProps {
  readonly exercises: readonly SoreExercise[];
  readonly locale: string;
  /** Null when the person cannot change the exclusions (the organization set them, or the settings are not loaded). */
  readonly onPutBack: ((id: string) => void) | null;
  /** Shown instead of the buttons when the organization set the exclusions. */
  readonly managed: boolean;
  /** A put-back that was refused, in words; null when there is none. */
  readonly error: string | null;
}

/** Exercises reported with "This hurts" and those left out of the breaks, each with a way to put it back. */
export function SoreExercisesSection({ exercises, locale, onPutBack, managed, error }: SoreExercisesProps) {
  const { t } = useTranslation();
  const language = uiLocaleOf(locale);
  return (
    <section className="history-section" aria-labelledby="history-sore">
      <h2 id="history-sore">{t('history.sore.heading')}</h2>
      {exercises.length === 0 ? (
        <p className="hint">{t('history.sore.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('history.sore.intro')}</p>
          <ul className="sore-list">
            {exercises.map((exercise) => {
              const title = exerciseText(exercise.id, language)?.title ?? exercise.id;
              return (
                <li key={exercise.id}>
                  <span className="sore-title">{title}</span>
                  <span className="sore-detail">
                    {exercise.lastReported === null
                      ? t('history.sore.noReport')
                      : t('history.sore.reports', { count: exercise.reports, date: formatRowDate(exercise.lastReported, locale) })}{' '}
                    {exercise.excluded ? t('history.sore.leftOut') : t('history.sore.inRotation')}
                  </span>
                  {exercise.excluded && !managed && onPutBack !== null && (
                    <button type="button" onClick={() => onPutBack(exercise.id)} aria-label={t('history.sore.putBackNamed', { title })}>
                      {t('history.sore.putBack')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {managed && <p className="hint">{t('history.sore.managed')}</p>}
          {error !== null && (
            <p role="alert" className="error">
              {t('history.sore.failed', { message: isolated(error) })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
