import { useTranslation } from 'react-i18next';
import type { PlannedExercise } from '../../../preload/contract';
import type { ExerciseText } from './exercises';

export interface ExerciseGuideProps {
  readonly text: ExerciseText;
  readonly variation: PlannedExercise['variation'];
  /** While getting into position the exercise's cautions come first, before it starts. */
  readonly showCautions: boolean;
}

/**
 * How to do the exercise, in few words: its cautions while the person gets into position, its
 * steps, and a variation that needs equipment or a clinician's advice as an optional note (never
 * as a step).
 */
export function ExerciseGuide({ text, variation, showCautions }: ExerciseGuideProps) {
  const { t } = useTranslation();
  return (
    <section className="break-guide" aria-label={t('player.guide')}>
      {showCautions && text.cautions.length > 0 && (
        <aside className="break-caution" aria-labelledby="caution-heading">
          <h2 id="caution-heading">{t('player.beforeYouStart')}</h2>
          <ul>
            {text.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </aside>
      )}
      <ol className="break-steps">
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {variation !== undefined && text.variation !== undefined && (
        <aside className="break-variation" aria-labelledby="variation-heading">
          <h2 id="variation-heading">{variation.needsAdvice ? t('player.optionalOnAdvice') : t('player.optional')}</h2>
          <p>{text.variation}</p>
        </aside>
      )}
    </section>
  );
}
