import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { ActiveSession } from '../sessionTypes';
import { msUntilNextSecond, playerTransition, startPlayer, type PlayerEvent, type PlayerState, type Routine } from './playerMachine';

export type PlayerCommand = Exclude<PlayerEvent['type'], 'tick'>;

/**
 * Runs the player on the session's plan: one timer at a time, each set for the plan's next whole
 * second (so the last phase ends on the engine's second, not up to a second late) and armed by
 * the one before, not by a render; none while paused or once the plan is over.
 */
export function usePlayer(session: Pick<ActiveSession, 'steps' | 'untilWallMs'>): { routine: Routine; state: PlayerState; send: (command: PlayerCommand) => void } {
  const { steps, untilWallMs } = session;
  const routine = useMemo<Routine>(() => ({ steps, untilWallMs }), [steps, untilWallMs]);
  const [state, dispatch] = useReducer((s: PlayerState, e: PlayerEvent) => playerTransition(routine, s, e), routine, (r) => startPlayer(r, Date.now()));
  // Changes only on pause, resume and "next": the ticks in between keep it.
  const place = state.status === 'playing' ? state.place : null;
  useEffect(() => {
    if (place === null) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (): void => {
      const delayMs = msUntilNextSecond(routine, place, Date.now());
      if (delayMs === null) return;
      timer = setTimeout(() => {
        dispatch({ type: 'tick', nowWallMs: Date.now() });
        arm();
      }, delayMs);
    };
    arm();
    return () => clearTimeout(timer);
  }, [routine, place]);
  const send = useCallback((command: PlayerCommand) => dispatch({ type: command, nowWallMs: Date.now() }), []);
  return { routine, state, send };
}
