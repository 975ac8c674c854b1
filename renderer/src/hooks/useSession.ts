import { useEffect, useState } from 'react';
import type { Session } from '../../../preload/contract';
import type { BreakwiseBridge } from '../bridge';

export type SessionState = { status: 'loading' } | { status: 'ready'; session: Session } | { status: 'error'; message: string };

/** The session this window shows: asked for once, then kept current by the main process's pushes. */
export function useSession(bridge: BreakwiseBridge): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const unsubscribe = bridge.onSessionChanged((session) => live && setState({ status: 'ready', session }));
    void bridge.getSession().then((reply) => {
      if (!live) return;
      setState((current) => (current.status === 'ready' ? current : reply.ok ? { status: 'ready', session: reply.value } : { status: 'error', message: reply.error }));
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [bridge]);
  return state;
}
