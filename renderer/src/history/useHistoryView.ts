import { useEffect, useState } from 'react';
import type { HistoryView } from '../../../preload/views';
import type { BreakwiseBridge } from '../bridge';
import type { LiveValue } from '../hooks/useLiveValue';

/**
 * The history as the main process keeps it. There is no push for history, so it is asked for
 * again when it may have moved on: when the window comes back to the front (breaks were taken
 * meanwhile) and when a setting changes (the goal decides the streaks). Only the newest answer
 * counts; a failed refresh keeps the figures already shown.
 */
export function useHistoryView(bridge: BreakwiseBridge): LiveValue<HistoryView> {
  const [state, setState] = useState<LiveValue<HistoryView>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let asked = 0;
    const refresh = (): void => {
      const question = ++asked;
      void bridge.getHistory().then((reply) => {
        if (!live || question !== asked) return;
        setState((current) => (reply.ok ? { status: 'ready', value: reply.value } : current.status === 'ready' ? current : { status: 'error', message: reply.error }));
      });
    };
    refresh();
    const unsubscribe = bridge.onSettingsChanged(refresh);
    window.addEventListener('focus', refresh);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('focus', refresh);
    };
  }, [bridge]);
  return state;
}
