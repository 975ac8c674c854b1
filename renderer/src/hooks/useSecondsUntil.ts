import { useEffect, useState } from 'react';

const TICK_MS = 1000;

const secondsLeft = (untilWallMs: number): number => Math.max(0, Math.ceil((untilWallMs - Date.now()) / TICK_MS));

/** Whole seconds until a wall-clock moment, rounded up, ticking once a second and stopping at 0. */
export function useSecondsUntil(untilWallMs: number): number {
  const [seconds, setSeconds] = useState(() => secondsLeft(untilWallMs));
  useEffect(() => {
    setSeconds(secondsLeft(untilWallMs));
    const timer = setInterval(() => {
      const next = secondsLeft(untilWallMs);
      setSeconds(next);
      if (next === 0) clearInterval(timer);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [untilWallMs]);
  return seconds;
}
