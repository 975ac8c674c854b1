import type { IdleSource } from '../core/ports';

/** The part of Electron's powerMonitor this adapter uses (injected, so tests pass a double). */
export interface IdlePowerMonitor {
  getSystemIdleTime(): number;
  getSystemIdleState(idleThresholdSeconds: number): 'active' | 'idle' | 'locked' | 'unknown';
}

/** Any threshold works for telling "locked" apart; one second keeps the call cheap. */
const LOCK_QUERY_THRESHOLD_SECONDS = 1;

/**
 * Electron's idle time. Its idle *state* knows about the lock screen on Windows and macOS only;
 * on Linux the lock comes from D-Bus, and a reading claiming "not locked" would undo it, so
 * there the reading says nothing about locking.
 */
export function powerMonitorIdleSource(monitor: IdlePowerMonitor, reportsLockState: boolean): IdleSource {
  return {
    read() {
      const idleSeconds = monitor.getSystemIdleTime();
      if (!reportsLockState) return { idleSeconds };
      const state = monitor.getSystemIdleState(LOCK_QUERY_THRESHOLD_SECONDS);
      return { idleSeconds, locked: state === 'unknown' ? undefined : state === 'locked' };
    },
  };
}
