import type { IdleSource } from '../core/ports';

/** The part of Electron's powerMonitor this adapter uses (injected, so tests pass a double). */
export interface IdlePowerMonitor {
  getSystemIdleTime(): number;
  getSystemIdleState(idleThresholdSeconds: number): 'active' | 'idle' | 'locked' | 'unknown';
}

/** Any threshold works for telling "locked" apart; one second keeps the call cheap. */
const LOCK_QUERY_THRESHOLD_SECONDS = 1;

export function powerMonitorIdleSource(monitor: IdlePowerMonitor): IdleSource {
  return {
    read() {
      const state = monitor.getSystemIdleState(LOCK_QUERY_THRESHOLD_SECONDS);
      return { idleSeconds: monitor.getSystemIdleTime(), locked: state === 'unknown' ? undefined : state === 'locked' };
    },
  };
}
