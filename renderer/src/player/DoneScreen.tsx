import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFitToBox } from './useFitToBox';

export type Feeling = 'better' | 'same' | 'worse';
const FEELINGS: readonly Feeling[] = ['better', 'same', 'worse'];

export interface StreakView {
  readonly current: number;
  readonly longest: number;
}

export interface DoneScreenProps {
  /** Exercises played to their end, and exercises left early with "Skip this exercise". */
  readonly completed: number;
  readonly skipped: number;
  readonly streak: StreakView | null;
  readonly onCheckIn: (feeling: Feeling) => void;
  readonly onBack: () => void;
}

/**
 * The end of a break: what was done and what was skipped, as it was (no praise for a break whose
 * every exercise was skipped), the streak, and a one-tap "how does your neck feel?".
 */
export function DoneScreen({ completed, skipped, streak, onCheckIn, onBack }: DoneScreenProps) {
  const { t, i18n } = useTranslation();
  const [answered, setAnswered] = useState<Feeling | null>(null);
  const screen = useRef<HTMLElement>(null);
  useFitToBox(screen, `${i18n.language}:${streak === null ? '' : 'streak'}:${answered ?? ''}`);
  const answer = (feeling: Feeling) => {
    setAnswered(feeling);
    onCheckIn(feeling);
  };
  return (
    <main ref={screen} className="break-end done" aria-labelledby="done-heading">
      {/* The phase ring, closed: the break is complete. */}
      <svg className={`done-mark${completed > 0 ? '' : ' is-empty'}`} viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle cx="60" cy="60" r="54" />
        {completed > 0 && <path d="M38 62l15 15 30-32" />}
      </svg>
      <h1 id="done-heading">{completed > 0 ? t('done.heading') : t('done.headingNothingDone')}</h1>
      <p className="done-summary">{t('done.summary', { done: completed, skipped })}</p>
      {streak !== null && (
        <p className="streak">
          {t('done.streak', { days: streak.current })} {t('done.longest', { days: streak.longest })}
        </p>
      )}
      <fieldset className="checkin" disabled={answered !== null}>
        <legend>{t('done.checkin')}</legend>
        {FEELINGS.map((feeling) => (
          <button key={feeling} type="button" aria-pressed={answered === feeling} onClick={() => answer(feeling)}>
            {t(`done.feeling.${feeling}`)}
          </button>
        ))}
      </fieldset>
      <p role="status" aria-live="polite">
        {answered === null ? '' : t('done.thanks')}
      </p>
      <button type="button" className="primary" onClick={onBack}>
        {t('done.back')}
      </button>
    </main>
  );
}
