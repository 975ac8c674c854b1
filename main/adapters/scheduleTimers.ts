import schedule from 'node-schedule';
import type { WakeTimers } from '../core/ports';

/**
 * The core's timers. Wall-clock alarms (working-hour boundaries, local midnight, the end of a
 * timed pause) are node-schedule jobs: node-schedule re-checks the wall clock when a job fires
 * and waits on if the clock was set back, which is right for "at 17:00". Elapsed-time wakes are
 * plain monotonic timeouts for the same reason reversed: a node-schedule job for "in 2 minutes"
 * would wait an extra hour after the clock is set back an hour, and the engine would stall.
 */
export function createScheduleTimers(): WakeTimers {
  return {
    after(delayMs, callback) {
      const handle = setTimeout(callback, Math.max(0, delayMs));
      return () => clearTimeout(handle);
    },
    atWall(wallMs, callback) {
      // node-schedule silently drops a date that is already past; fire those on the next turn instead.
      const job = schedule.scheduleJob(new Date(Math.max(wallMs, Date.now() + 1)), callback);
      return () => job?.cancel();
    },
  };
}
