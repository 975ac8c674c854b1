import type { BusyReason } from '../../core/busy';
import { readingFor, type BusyDetector } from '../detector';

/**
 * What Windows tells a program about whether to notify now: `SHQueryUserNotificationState`
 * (shell32, documented in shellapi.h), whose QUERY_USER_NOTIFICATION_STATE answer maps to:
 *
 *   1 QUNS_NOT_PRESENT              locked, screen saver, another user's session   not busy (the lock is its own event)
 *   2 QUNS_BUSY                     a full-screen app, or presentation settings     fullscreen
 *   3 QUNS_RUNNING_D3D_FULL_SCREEN  a full-screen (exclusive) Direct3D app          fullscreen
 *   4 QUNS_PRESENTATION_MODE        Windows presentation settings are on            presentation
 *   5 QUNS_ACCEPTS_NOTIFICATIONS    none of the others                              not busy
 *   6 QUNS_QUIET_TIME               Windows' quiet time                             do-not-disturb
 *   7 QUNS_APP                      a Store app runs (full screen only on Windows 8) not busy
 *
 * Quiet time is the first hour after a new account's first sign-in or an upgrade; Focus Assist /
 * Do Not Disturb itself has no documented query, and Windows reports quiet time only while none of
 * 1-4 holds. So "do-not-disturb" is known only when the answer is quiet time, and unknown otherwise.
 */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

const BUSY_BY_STATE: Readonly<Record<number, readonly BusyReason[]>> = {
  [QUNS.NOT_PRESENT]: [],
  [QUNS.BUSY]: ['fullscreen'],
  [QUNS.RUNNING_D3D_FULL_SCREEN]: ['fullscreen'],
  [QUNS.PRESENTATION_MODE]: ['presentation'],
  [QUNS.ACCEPTS_NOTIFICATIONS]: [],
  [QUNS.QUIET_TIME]: ['do-not-disturb'],
  [QUNS.APP]: [],
};

/** The one call Breakwise makes into shell32; tests pass a fake, the app loads it with koffi (`shell32Binding.ts`). */
export interface NotificationStateBinding {
  /** The QUERY_USER_NOTIFICATION_STATE value; throws when the call fails. */
  SHQueryUserNotificationState(): number;
}

export function busyOfNotificationState(state: number): readonly BusyReason[] {
  const busy = Object.hasOwn(BUSY_BY_STATE, state) ? BUSY_BY_STATE[state] : undefined;
  if (busy === undefined) throw new Error(`SHQueryUserNotificationState answered ${state}, which no documented state has`);
  return busy;
}

export function notificationStateDetector(loadBinding: () => Promise<NotificationStateBinding>): BusyDetector {
  let binding: Promise<NotificationStateBinding> | undefined;
  return {
    name: 'SHQueryUserNotificationState',
    signals: ['fullscreen', 'presentation', 'do-not-disturb'],
    async read(signals) {
      // Loaded once, on the first read; a binding that cannot load (no shell32, no koffi binary) stays unknown.
      binding ??= loadBinding();
      const busy = busyOfNotificationState((await binding).SHQueryUserNotificationState());
      return readingFor(signals, busy, busy.includes('do-not-disturb') ? [] : ['do-not-disturb']);
    },
  };
}
