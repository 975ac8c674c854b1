import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import type { UiLocale } from '../i18n/i18n';
import type { ActiveSession } from '../sessionTypes';
import { DoneScreen, type Feeling } from './DoneScreen';
import { stepText } from './exercises';
import { ExerciseView, isMovePhase } from './ExerciseView';
import { HurtScreen } from './HurtScreen';
import { totalSeconds } from './playerMachine';
import { useCues, type SoundSettings } from './useCues';
import { usePlayer } from './usePlayer';
import { useStreakWhenDone } from './useStreakWhenDone';

interface BreakPlayerProps {
  readonly bridge: BreakwiseBridge;
  readonly session: ActiveSession;
  readonly sound: SoundSettings;
}

/** Container: plays the break's plan and talks to the bridge. A new break starts a new player. */
export function BreakPlayer(props: BreakPlayerProps) {
  return <PlayingBreak key={props.session.untilWallMs} {...props} />;
}

function PlayingBreak({ bridge, session, sound }: BreakPlayerProps) {
  const { t, i18n } = useTranslation();
  const { routine, state, send } = usePlayer(session);
  const finish = () => void bridge.finishBreak();
  useCues(routine, state, sound);

  useEffect(() => {
    if (state.status === 'hurt') void bridge.reportHurt({ exerciseId: state.exerciseId });
  }, [bridge, state]);

  const streak = useStreakWhenDone(bridge, state.status === 'done');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (state.status !== 'playing') return;
      // On a focused button, Space and Enter press that button instead.
      const onButton = event.target instanceof HTMLButtonElement;
      if (event.key === ' ' && !onButton) {
        event.preventDefault();
        send(state.paused ? 'resume' : 'pause');
      }
      if (event.key === 'Enter' && !onButton) send('next');
      if (event.key === 'Escape' && session.canSnooze) void bridge.respond({ response: 'snooze' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bridge, send, session.canSnooze, state]);

  if (state.status === 'hurt') return <HurtScreen onBack={finish} />;
  const checkIn = (feeling: Feeling) => void bridge.checkIn({ feeling });
  if (state.status === 'done') return <DoneScreen count={state.completedSteps} streak={streak} onCheckIn={checkIn} onBack={finish} />;
  const step = routine.steps[state.stepIndex];
  if (step === undefined) return <DoneScreen count={state.stepIndex - state.skippedSteps} streak={streak} onCheckIn={checkIn} onBack={finish} />;
  const text = stepText(step, i18n.language as UiLocale);

  return (
    <main className="player">
      <ExerciseView
        illustration={step.illustration}
        text={text}
        exerciseIndex={state.stepIndex}
        exerciseCount={routine.steps.length}
        repetition={state.repetition}
        repetitions={step.repetitions}
        set={state.set}
        sets={step.sets}
        phase={state.phase}
        secondsLeft={state.secondsLeft}
        paused={state.paused}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {/* Changes only when the repetition or phase does, never with each second. */}
        {state.paused ? t('player.paused') : `${t('player.repetition', { current: state.repetition, total: step.repetitions })}. ${t(isMovePhase(state.phase) ? 'player.move' : 'player.holdNow')}`}
      </p>
      <progress aria-label={t('player.progress')} max={totalSeconds(routine)} value={state.elapsedSeconds} />
      <div className="actions">
        <button type="button" onClick={() => send(state.paused ? 'resume' : 'pause')}>
          {state.paused ? t('player.resume') : t('player.pause')}
        </button>
        <button type="button" onClick={() => send('next')}>
          {t('player.next')}
        </button>
        {session.canSnooze && (
          <button type="button" onClick={() => void bridge.respond({ response: 'snooze' })}>
            {t('notice.snooze')}
          </button>
        )}
        {session.canSkip && (
          <button type="button" onClick={() => void bridge.respond({ response: 'skip' })}>
            {t('notice.skip')}
          </button>
        )}
        <button type="button" className="stop" onClick={() => send('hurt')}>
          {t('player.hurts')}
        </button>
      </div>
      <p className="hint">{t('player.keys')}</p>
    </main>
  );
}
