import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Feeling = 'better' | 'same' | 'worse';
const FEELINGS: readonly Feeling[] = ['better', 'same', 'worse'];

/** The end of a break: what was done, and a one-tap "how does your neck feel?". */
export interface StreakView {
  readonly current: number;
  readonly longest: number;
}

export function DoneScreen({ count, streak, onCheckIn, onBack }: { count: number; streak: StreakView | null; onCheckIn: (feeling: Feeling) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [answered, setAnswered] = useState<Feeling | null>(null);
  const answer = (feeling: Feeling) => {
    setAnswered(feeling);
    onCheckIn(feeling);
  };
  return (
    <main className="done" aria-labelledby="done-heading">
      <h1 id="done-heading">{t('done.heading')}</h1>
      <p>{t('done.summary', { count })}</p>
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
