import { useTranslation } from 'react-i18next';
import type { PhaseKind } from '../../../preload/contract';
import { ExerciseIllustration } from '../illustrations/ExerciseIllustration';
import type { ExerciseText } from './exercises';

export interface ExerciseViewProps {
  readonly illustration: string;
  readonly text: ExerciseText;
  readonly exerciseIndex: number;
  readonly exerciseCount: number;
  readonly repetition: number;
  readonly repetitions: number;
  readonly set: number;
  readonly sets: number;
  readonly phase: PhaseKind;
  readonly secondsLeft: number;
  readonly paused: boolean;
}

/** Moving into or between positions; every other phase is counted down. */
export const isMovePhase = (phase: PhaseKind): boolean => phase === 'position' || phase === 'release';

/** One exercise: what it is, how to do it, and where in it the person is. */
export function ExerciseView(p: ExerciseViewProps) {
  const { t } = useTranslation();
  const cue = p.text.repetitionCues?.[p.repetition - 1];
  return (
    <section className="exercise" aria-labelledby="exercise-title">
      <header>
        <p className="eyebrow">{t('player.exerciseOf', { current: p.exerciseIndex + 1, total: p.exerciseCount })}</p>
        <h1 id="exercise-title">{p.text.title}</h1>
      </header>
      <div className="figure">
        <ExerciseIllustration id={p.illustration} label={t('player.illustration', { title: p.text.title })} />
      </div>
      <div className="details">
        <p className="purpose">{p.text.purpose}</p>
        <ol className="steps">
          {p.text.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="counter">
          {t('player.repetition', { current: p.repetition, total: p.repetitions })}
          {cue !== undefined && ` — ${cue}`}
          {p.sets > 1 && ` · ${t('player.set', { current: p.set, total: p.sets })}`}
        </p>
        <p className="phase" aria-hidden="true">
          {p.paused ? t('player.paused') : isMovePhase(p.phase) ? t('player.move') : t('player.hold', { seconds: p.secondsLeft })}
        </p>
      </div>
    </section>
  );
}
