import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import { uiLocaleOf } from '../i18n/i18n';
import type { ActiveSession } from '../sessionTypes';
import { BreakScreen } from './BreakScreen';
import { DoneScreen, type Feeling } from './DoneScreen';
import { stepText } from './exercises';
import { HurtScreen } from './HurtScreen';
import { totalSeconds } from './playerMachine';
import { useCues, type SoundSettings } from './useCues';
import { usePlayer } from './usePlayer';
import { useStreakWhenDone } from './useStreakWhenDone';
import './player.css';

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
  const { i18n } = useTranslation();
  const { routine, state, send } = usePlayer(session);
  const finish = () => void bridge.finishBreak();
  const snooze = () => void bridge.respond({ response: 'snooze' });
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
  const locale = uiLocaleOf(i18n.language);
  if (state.status === 'done') return <DoneScreen completed={state.completedSteps} skipped={state.skippedSteps} streak={streak} onCheckIn={checkIn} onBack={finish} />;
  const step = routine.steps[state.stepIndex];
  const phase = step?.phases[state.phaseIndex];
  if (step === undefined || phase === undefined) {
    return <DoneScreen completed={state.stepIndex - state.skippedSteps} skipped={state.skippedSteps} streak={streak} onCheckIn={checkIn} onBack={finish} />;
  }
  const next = routine.steps[state.stepIndex + 1];

  return (
    <BreakScreen
      step={step}
      text={stepText(step, locale)}
      nextTitle={next === undefined ? null : stepText(next, locale).title}
      kind={session.kind}
      exerciseCount={routine.steps.length}
      state={state}
      phaseSeconds={phase.seconds}
      breakSeconds={totalSeconds(routine)}
      paused={state.paused}
      canSnooze={session.canSnooze}
      canSkip={session.canSkip}
      onPauseToggle={() => send(state.paused ? 'resume' : 'pause')}
      onSkipExercise={() => send('next')}
      onSnooze={snooze}
      onSkipBreak={() => void bridge.respond({ response: 'skip' })}
      onHurt={() => send('hurt')}
    />
  );
}
