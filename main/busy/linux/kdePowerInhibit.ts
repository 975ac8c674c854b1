import type { DbusBus } from '../../power/linux/dbusBus';
import { readingFor, type BusyDetector } from '../detector';
import { ask, DBUS_CALL_TIMEOUT_MS, expectBoolean } from './dbusQuery';
import type { DbusDetectorOptions } from './gnomeSessionInhibitors';

/**
 * The freedesktop power-management inhibition that KDE Plasma's power manager serves: players,
 * calls and presentations ask it to hold off sleep, and `HasInhibit` says whether anyone does.
 * It names nobody, so the answer is only "inhibitor"; it also covers programs that hold off
 * sleep for a long copy or download, which Breakwise then takes for busy too.
 */
const POWER_INHIBIT = {
  destination: 'org.freedesktop.PowerManagement',
  path: '/org/freedesktop/PowerManagement/Inhibit',
  interface: 'org.freedesktop.PowerManagement.Inhibit',
  member: 'HasInhibit',
} as const;

export function kdePowerInhibitDetector(bus: DbusBus, options: DbusDetectorOptions = {}): BusyDetector {
  const timeoutMs = options.timeoutMs ?? DBUS_CALL_TIMEOUT_MS;
  return {
    name: 'freedesktop PowerManagement inhibit (KDE)',
    signals: ['inhibitor'],
    async read(signals) {
      const inhibited = expectBoolean(await ask(bus, POWER_INHIBIT, { timeoutMs }), 'HasInhibit');
      return readingFor(signals, inhibited ? ['inhibitor'] : []);
    },
  };
}
