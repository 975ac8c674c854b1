import type { IdleSource } from '../../core/ports';
import { openBus, type DbusBus } from './dbusBus';
import { probeMutterIdleMonitor } from './mutterIdleSource';
import { watchScreenLock } from './screenLockWatch';

const SYSTEM_BUS_ADDRESS = 'unix:path=/var/run/dbus/system_bus_socket';

export interface LinuxSession {
  /** GNOME's idle time, when this is Wayland and Mutter answers. */
  readonly mutter: IdleSource | null;
  /** The session bus connection, for others that read the session (the busy detectors); null when it could not be opened. */
  readonly sessionBus: DbusBus | null;
  readonly problems: readonly string[];
}

function tryOpen(address: string | undefined, name: string, problems: string[]): DbusBus | null {
  if (address === undefined || address === '') {
    problems.push(`no ${name} bus address`);
    return null;
  }
  try {
    const bus = openBus(address);
    bus.connection.on('error', (error) => problems.push(`${name} bus: ${error.message}`));
    return bus;
  } catch (error) {
    problems.push(`${name} bus: ${(error as Error).message}`);
    return null;
  }
}

/**
 * Connects Breakwise to the Linux desktop session over D-Bus: screen lock and unlock from the
 * screensaver and logind, and on Wayland GNOME's idle time. Nothing here is fatal: whatever is
 * missing is reported, and the app carries on with what it has.
 */
export async function connectLinuxSession(env: NodeJS.ProcessEnv, wayland: boolean, onLock: (locked: boolean) => void): Promise<LinuxSession> {
  const problems: string[] = [];
  const session = tryOpen(env.DBUS_SESSION_BUS_ADDRESS, 'session', problems);
  const system = tryOpen(env.DBUS_SYSTEM_BUS_ADDRESS ?? SYSTEM_BUS_ADDRESS, 'system', problems);
  watchScreenLock({ session, system, sessionId: env.XDG_SESSION_ID ?? null }, onLock, (problem) => problems.push(problem));
  if (!wayland || session === null) return { mutter: null, sessionBus: session, problems };
  const probe = await probeMutterIdleMonitor(session);
  if (probe.source === null) problems.push(probe.problem);
  return { mutter: probe.source, sessionBus: session, problems };
}
