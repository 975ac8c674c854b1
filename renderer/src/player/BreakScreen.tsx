import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedExercise } from '../../../preload/contract';
import type { BreakKind } from '../sessionTypes';
import { ExerciseIllustration } from '../illustrations/ExerciseIllustration';
import { BreakActions, type BreakActionsProps } from './BreakActions';
import { ExerciseGuide } from './ExerciseGuide';
import type { ExerciseText } from './exercises';
import type { PlayerState } from './playerMachine';
import { PhaseRing } from './PhaseRing';
import { clockText, countdownText, isClock, minutesAndSeconds, PHASE_WORD } from './phaseView';
import { useFitToBox } from './useFitToBox';

type Playing = Extract<PlayerState, { status: 'playing' }>;

export interface BreakScreenProps extends BreakActionsProps {
  readonly step: PlannedExercise;
  readonly text: ExerciseText;
  /** The title of the exercise after this one, or null on the last. */
  readonly nextTitle: string | null;
  readonly kind: BreakKind;
  readonly exerciseCount: number;
  readonly state: Playing;
  /** The current phase's planned seconds. */
  readonly phaseSeconds: number;
  /** The whole break's planned seconds. */
  readonly breakSeconds: number;
}

/**
 * The break as a person sees it from a metre away: the figure large in the middle, the phase word
 * and its countdown in a ring beside it, the steps short under that, the time left in the whole
 * break at the top, and one clear action (pause) with the others quieter. "This hurts — stop"
 * is always there and looks like nothing else.
 */
export function BreakScreen(p: BreakScreenProps) {
  const { t, i18n } = useTranslation();
  const { state, step, text } = p;
  const screen = useRef<HTMLElement>(null);
  useFitToBox(screen, `${state.stepIndex}:${state.phaseIndex}:${state.paused}:${i18n.language}`);
  const word = t(p.state.paused ? 'player.paused' : PHASE_WORD[state.phase]);
  const cue = text.repetitionCues?.[state.repetition - 1];
  const gettingReady = state.phase === 'position';
  const breakLeftSeconds = Math.max(0, p.breakSeconds - state.elapsedSeconds);
  const duration = (seconds: number) => t('player.duration', minutesAndSeconds(seconds));
  // Said once per phase (and on pause), never every second: the phase, its planned length, the repetition, the caution.
  const announcement = [
    state.paused ? `${t('player.paused')}.` : `${t(PHASE_WORD[state.phase])}, ${duration(p.phaseSeconds)}.`,
    step.repetitions > 1 ? `${t('player.repetition', { current: state.repetition, total: step.repetitions })}.` : '',
    cue === undefined ? '' : `${cue}.`,
    gettingReady && !state.paused && text.cautions.length > 0 ? `${t('player.beforeYouStart')}: ${text.cautions.join(' ')}` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');

  return (
    <main ref={screen} className="break-screen" aria-labelledby="exercise-title">
      <header className="break-top">
        <div className="break-heading">
          <p className="break-eyebrow">
            <span>{t(`kind.${p.kind}`)}</span>
            {p.exerciseCount > 1 && (
              <>
                <span>{t('player.exerciseOf', { current: state.stepIndex + 1, total: p.exerciseCount })}</span>
                <span>{p.nextTitle === null ? t('player.lastExercise') : t('player.upNext', { title: p.nextTitle })}</span>
              </>
            )}
          </p>
          <h1 id="exercise-title">{text.title}</h1>
          <p className="break-purpose">{text.purpose}</p>
        </div>
        <div className="break-left">
          <p className="break-left-text">{t('player.breakLeft', { time: clockText(breakLeftSeconds) })}</p>
          <p className="break-left-text is-short">{clockText(breakLeftSeconds)}</p>
          <progress aria-label={t('player.progress')} max={p.breakSeconds} value={state.elapsedSeconds} />
        </div>
      </header>

      <div className="break-figure">
        <ExerciseIllustration illustration={step.illustration} label={t('player.illustration', { title: text.title })} phase={state.phase} repetition={state.repetition} phaseSeconds={p.phaseSeconds} paused={state.paused} />
      </div>

      <div className="break-side" data-fit-part>
        <section className="break-phase" aria-label={t('player.now')} data-fit-part>
          <PhaseRing key={`${state.stepIndex}:${state.phaseIndex}`} phase={state.phase} seconds={p.phaseSeconds} secondsLeft={state.secondsLeft} paused={state.paused}>
            <span className={`phase-count${isClock(state.secondsLeft) ? ' is-clock' : ''}`}>{countdownText(state.secondsLeft)}</span>
            {!isClock(state.secondsLeft) && <span className="phase-unit">{t('player.secondsUnit', { seconds: state.secondsLeft })}</span>}
          </PhaseRing>
          <div className="break-phase-text">
            <p className="phase-word">{word}</p>
            {step.repetitions > 1 && <p className="break-counter">{t('player.repetition', { current: state.repetition, total: step.repetitions })}</p>}
            {step.sets > 1 && <p className="break-counter">{t('player.set', { current: state.set, total: step.sets })}</p>}
            {cue !== undefined && <p className="break-cue">{cue}</p>}
          </div>
        </section>

        <ExerciseGuide text={text} variation={step.variation} showCautions={gettingReady} />
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <BreakActions {...p} />
    </main>
  );
}
