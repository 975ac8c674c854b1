import { useEffect, useState } from 'react';
import type { BreakwiseBridge } from '../bridge';
import type { StreakView } from './DoneScreen';

/** The current and longest streak, asked for once the break is done (so it includes this break). */
export function useStreakWhenDone(bridge: BreakwiseBridge, done: boolean): StreakView | null {
  const [streak, setStreak] = useState<StreakView | null>(null);
  useEffect(() => {
    if (!done) return undefined;
    let live = true;
    void bridge.getHistory().then((reply) => live && reply.ok && setStreak(reply.value.streaks));
    return () => {
      live = false;
    };
  }, [bridge, done]);
  return streak;
}
