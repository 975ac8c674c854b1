import { useCallback, useState } from 'react';
import type { BreakwiseBridge } from '../bridge';
import { refusalReason, type Attempt } from './settingsModel';

export interface SettingsEditor {
  readonly attempts: Readonly<Record<string, Attempt>>;
  readonly change: (path: string, value: unknown) => void;
  readonly reset: (path: string) => void;
  readonly dismissNotice: () => void;
}

const without = (attempts: Readonly<Record<string, Attempt>>, path: string) => Object.fromEntries(Object.entries(attempts).filter(([key]) => key !== path));

/**
 * Changes go to the main process at once (there is no Save button). The new values come back
 * through the settings push like any other change; what stays here is each attempt that is on
 * its way or was refused, with the refusal's reason, so the field can say why.
 */
export function useSettingsEditor(bridge: BreakwiseBridge): SettingsEditor {
  const [attempts, setAttempts] = useState<Readonly<Record<string, Attempt>>>({});

  const settle = useCallback((path: string, value: unknown, reply: { ok: true } | { ok: false; error: string }) => {
    setAttempts((current) => {
      // A later attempt at the same setting has taken this one's place.
      if (current[path]?.value !== value) return current;
      return reply.ok ? without(current, path) : { ...current, [path]: { value, message: refusalReason(path, reply.error) } };
    });
  }, []);

  const change = useCallback(
    (path: string, value: unknown) => {
      setAttempts((current) => ({ ...current, [path]: { value, message: null } }));
      void bridge.setSetting({ path, value }).then((reply) => settle(path, value, reply));
    },
    [bridge, settle],
  );

  const reset = useCallback(
    (path: string) => {
      setAttempts((current) => ({ ...current, [path]: { value: undefined, message: null } }));
      void bridge.resetSetting({ path }).then((reply) => settle(path, undefined, reply));
    },
    [bridge, settle],
  );

  const dismissNotice = useCallback(() => void bridge.dismissStorageNotice(), [bridge]);

  return { attempts, change, reset, dismissNotice };
}
