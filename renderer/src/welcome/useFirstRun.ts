import { useCallback, useRef, useState } from 'react';
import type { BreakwiseBridge } from '../bridge';
import type { Plan } from './planOutcome';

/** Where first run stands: still choosing, saving the choice, done, or refused with the reason. */
export type FirstRunProgress =
  | { readonly status: 'choosing' }
  | { readonly status: 'saving' }
  | { readonly status: 'done' }
  | { readonly status: 'failed'; readonly message: string };

/** Completing first run through the bridge, once (a second press while it is saved does nothing). */
export function useFirstRun(bridge: BreakwiseBridge): { progress: FirstRunProgress; complete: (plan: Plan, startAtLogin: boolean) => void } {
  const [progress, setProgress] = useState<FirstRunProgress>({ status: 'choosing' });
  const busy = useRef(false);
  const complete = useCallback(
    (plan: Plan, startAtLogin: boolean) => {
      if (busy.current) return;
      busy.current = true;
      setProgress({ status: 'saving' });
      void bridge
        .completeFirstRun({ plan, startAtLogin })
        .then(
          (reply): FirstRunProgress => (reply.ok ? { status: 'done' } : { status: 'failed', message: reply.error }),
          (error: unknown): FirstRunProgress => ({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
        )
        .then((next) => {
          busy.current = next.status === 'done';
          setProgress(next);
        });
    },
    [bridge],
  );
  return { progress, complete };
}
