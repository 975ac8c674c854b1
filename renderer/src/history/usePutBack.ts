import { useCallback, useState } from 'react';
import type { SettingsView } from '../../../preload/views';
import type { BreakwiseBridge } from '../bridge';
import type { LiveValue } from '../hooks/useLiveValue';

const EXCLUDED_PATH = 'exercises.excluded';

export interface PutBack {
  /** Null while the settings are not loaded, or when the organization set the exclusions. */
  readonly putBack: ((id: string) => void) | null;
  readonly excluded: readonly string[];
  readonly managed: boolean;
  /** The main process's reason for refusing the last put-back; null when none was refused. */
  readonly error: string | null;
}

/**
 * Putting an exercise back into the breaks: the exclusions without it, through the same setting
 * the settings window edits. The new list comes back through the settings push.
 */
export function usePutBack(bridge: BreakwiseBridge, settings: LiveValue<SettingsView>): PutBack {
  const [error, setError] = useState<string | null>(null);
  const view = settings.status === 'ready' ? settings.value : null;
  const excluded = view?.values.exercises.excluded ?? [];
  const managed = view?.sources[EXCLUDED_PATH] === 'enforced';
  const putBack = useCallback(
    (id: string) => {
      setError(null);
      void bridge.setSetting({ path: EXCLUDED_PATH, value: excluded.filter((other) => other !== id) }).then((reply) => setError(reply.ok ? null : reply.error));
    },
    [bridge, excluded],
  );
  return { putBack: view === null || managed ? null : putBack, excluded, managed, error };
}
