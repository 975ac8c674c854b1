import { useEffect, useState } from 'react';
import type { Reply } from '../../../preload/contract';

export type LiveValue<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * A value the main process owns: asked for once, then kept current by its pushes. A push that
 * arrives before the first answer wins over that (older) answer.
 */
export function useLiveValue<T>(fetch: () => Promise<Reply<T>>, subscribe: (listener: (value: T) => void) => () => void): LiveValue<T> {
  const [state, setState] = useState<LiveValue<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribe((value) => live && setState({ status: 'ready', value }));
    void fetch().then((reply) => {
      if (!live) return;
      setState((current) => (current.status === 'ready' ? current : reply.ok ? { status: 'ready', value: reply.value } : { status: 'error', message: reply.error }));
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [fetch, subscribe]);
  return state;
}
