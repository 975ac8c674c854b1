import { useEffect, useMemo, useReducer } from 'react';
import type { RoutineStepView } from '../../../preload/contract';
import { exerciseTiming } from './exercises';
import { playerTransition, startPlayer, type PlayerEvent, type PlayerState, type Routine } from './playerMachine';

const TICK_MS = 1000;

/** Runs the player: one tick a second while playing and not paused; nothing at all otherwise. */
export function usePlayer(steps: readonly RoutineStepView[]): { routine: Routine; state: PlayerState; send: (event: PlayerEvent) => void } {
  const routine = useMemo<Routine>(() => ({ steps, timingOf: exerciseTiming }), [steps]);
  const [state, send] = useReducer((s: PlayerState, e: PlayerEvent) => playerTransition(routine, s, e), routine, startPlayer);
  const running = state.status === 'playing' && !state.paused;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => send({ type: 'tick' }), TICK_MS);
    return () => clearInterval(timer);
  }, [running]);
  return { routine, state, send };
}
