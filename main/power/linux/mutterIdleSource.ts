import type { IdleReading } from '../../core/engine/events';
import type { IdleSource } from '../../core/ports';
import { call, type DbusBus } from './dbusBus';

/**
 * GNOME's idle time on Wayland, where Electron's is always 0: Mutter's IdleMonitor answers
 * `GetIdletime` in milliseconds. Asked once at start-up; if nobody answers, the caller reports
 * idle detection as unavailable instead of failing.
 */
const IDLE_MONITOR = {
  destination: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  interface: 'org.gnome.Mutter.IdleMonitor',
  member: 'GetIdletime',
} as const;

/** A local D-Bus call answers in milliseconds; a second means Mutter is not there. */
export const MUTTER_TIMEOUT_MS = 1_000;
const MS_PER_SECOND = 1_000;

async function readIdle(bus: DbusBus): Promise<IdleReading> {
  const idleMs = await call(bus, { ...IDLE_MONITOR }, MUTTER_TIMEOUT_MS);
  if (typeof idleMs !== 'number' || !Number.isFinite(idleMs) || idleMs < 0) throw new Error(`GetIdletime answered ${String(idleMs)}`);
  return { idleSeconds: Math.floor(idleMs / MS_PER_SECOND) };
}

export type MutterProbe = { source: IdleSource } | { source: null; problem: string };

export async function probeMutterIdleMonitor(bus: DbusBus): Promise<MutterProbe> {
  try {
    await readIdle(bus);
    return { source: { read: () => readIdle(bus) } };
  } catch (error) {
    return { source: null, problem: `GNOME's idle monitor is not available (${(error as Error).message})` };
  }
}
