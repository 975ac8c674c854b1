import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import type { UiLocale } from '../i18n/i18n';
import type { ActiveSession } from '../sessionTypes';
import { DoneScreen, type Feeling } from './DoneScreen';
import { exerciseById, exerciseText } from './exercises';
import { ExerciseView } from './ExerciseView';
import { HurtScreen } from './HurtScreen';
import { totalSeconds } from './playerMachine';
import { useCues, type SoundSettings } from './useCues';
import { usePlayer } from './usePlayer';
import { useStreakWhenDone } from './useStreakWhenDone';

/** Container: plays the break's routine and talks to the bridge. */
export function BreakPlayer({ bridge, session, sound }: { bridge: BreakwiseBridge; session: ActiveSession; sound: SoundSettings }) {
  const { t, i18n } = useTranslation();
  const { routine, state, send } = usePlayer(session.steps);
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
        send({ type: state.paused ? 'resume' : 'pause' });
      }
      if (event.key === 'Enter' && !onButton) send({ type: 'next' });
      if (event.key === 'Escape' && session.canSnooze) void bridge.respond({ response: 'snooze' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bridge, send, session.canSnooze, state]);

  if (state.status === 'hurt') return <HurtScreen onBack={finish} />;
  const checkIn = (feeling: Feeling) => void bridge.checkIn({ feeling });
  if (state.status === 'done') return <DoneScreen count={state.completedSteps} streak={streak} onCheckIn={checkIn} onBack={finish} />;
  const step = routine.steps[state.stepIndex];
  const text = step === undefined ? undefined : exerciseText(step.exerciseId, i18n.language as UiLocale);
  if (step === undefined || text === undefined) return <DoneScreen count={state.stepIndex} streak={streak} onCheckIn={checkIn} onBack={finish} />;

  return (
    <main className="player">
      <ExerciseView
        illustration={exerciseById(step.exerciseId)?.illustration ?? ''}
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
        {state.paused ? t('player.paused') : `${t('player.repetition', { current: state.repetition, total: step.repetitions })}. ${t(state.phase === 'hold' ? 'player.holdNow' : 'player.move')}`}
      </p>
      <progress aria-label={t('player.progress')} max={totalSeconds(routine)} value={state.elapsedSeconds} />
      <div className="actions">
        <button type="button" onClick={() => send({ type: state.paused ? 'resume' : 'pause' })}>
          {state.paused ? t('player.resume') : t('player.pause')}
        </button>
        <button type="button" onClick={() => send({ type: 'next' })}>
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
        <button type="button" className="stop" onClick={() => send({ type: 'hurt' })}>
          {t('player.hurts')}
        </button>
      </div>
      <p className="hint">{t('player.keys')}</p>
    </main>
  );
}
