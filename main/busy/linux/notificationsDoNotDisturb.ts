import type { DbusBus } from '../../power/linux/dbusBus';
import { readingFor, type BusyDetector } from '../detector';
import { ask, DBUS_CALL_TIMEOUT_MS, expectBoolean, readProperty, variantValue } from './dbusQuery';
import type { DbusDetectorOptions } from './gnomeSessionInhibitors';

/**
 * Do not disturb, as the desktop's notification server knows it.
 *
 * KDE Plasma's server publishes it as the `Inhibited` property of `org.freedesktop.Notifications`
 * (a Plasma extension of the freedesktop interface; other servers lack the property, and their
 * error reads as unknown).
 *
 * GNOME keeps it in the `show-banners` setting of `org.gnome.desktop.notifications` (false while
 * do not disturb is on). It is read through the XDG desktop portal's Settings interface on the
 * session bus rather than by spawning `gsettings`: `ReadOne` (portal version 2), or the older
 * `Read`, which wraps the value in a second variant. Only meaningful where GNOME Shell shows the
 * notifications; the caller uses it only in a GNOME session.
 */
const NOTIFICATIONS = { destination: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications', interface: 'org.freedesktop.Notifications' } as const;
const PORTAL_SETTINGS = { destination: 'org.freedesktop.portal.Desktop', path: '/org/freedesktop/portal/desktop', interface: 'org.freedesktop.portal.Settings' } as const;
export const GNOME_NOTIFICATIONS_SCHEMA = 'org.gnome.desktop.notifications';
export const SHOW_BANNERS_KEY = 'show-banners';
const UNKNOWN_METHOD = 'org.freedesktop.DBus.Error.UnknownMethod';

export function kdeNotificationsInhibitedDetector(bus: DbusBus, options: DbusDetectorOptions = {}): BusyDetector {
  const timeoutMs = options.timeoutMs ?? DBUS_CALL_TIMEOUT_MS;
  return {
    name: 'notification server Inhibited (KDE)',
    signals: ['do-not-disturb'],
    async read(signals) {
      const inhibited = expectBoolean(await readProperty(bus, NOTIFICATIONS, 'Inhibited', { timeoutMs }), 'Notifications.Inhibited');
      return readingFor(signals, inhibited ? ['do-not-disturb'] : []);
    },
  };
}

export function gnomeShowBannersDetector(bus: DbusBus, options: DbusDetectorOptions = {}): BusyDetector {
  const timeoutMs = options.timeoutMs ?? DBUS_CALL_TIMEOUT_MS;
  // The portal is a D-Bus-activated service, started on demand by design: starting it is not a side effect.
  const read = (member: 'ReadOne' | 'Read') =>
    ask(bus, { ...PORTAL_SETTINGS, member, signature: 'ss', body: [GNOME_NOTIFICATIONS_SCHEMA, SHOW_BANNERS_KEY] }, { timeoutMs, autoStart: true });
  return {
    name: 'GNOME show-banners (desktop portal)',
    signals: ['do-not-disturb'],
    async read(signals) {
      const answer = await read('ReadOne').catch((error: unknown) => {
        if (error instanceof Error && error.message === UNKNOWN_METHOD) return read('Read');
        throw error;
      });
      const showBanners = expectBoolean(variantValue(answer), `${GNOME_NOTIFICATIONS_SCHEMA} ${SHOW_BANNERS_KEY}`);
      return readingFor(signals, showBanners ? [] : ['do-not-disturb']);
    },
  };
}
