import type { IdleDetection, IdleSource } from '../core/ports';
import { powerMonitorIdleSource } from '../adapters/powerMonitorIdleSource';
import type { PowerMonitorLike } from '../platform/electronApi';

export interface ChosenIdleSource {
  readonly source: IdleSource;
  readonly detection: IdleDetection;
}

/**
 * Electron reads idle time from the OS everywhere except Wayland sessions, where it always
 * reports 0. There GNOME's Mutter IdleMonitor is the fallback (wired in by the caller when its
 * D-Bus service answers); without it, Breakwise says detection is unavailable rather than
 * silently treating the person as always present.
 */
export function isWaylandSession(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  return platform === 'linux' && (env.XDG_SESSION_TYPE === 'wayland' || (env.WAYLAND_DISPLAY !== undefined && env.DISPLAY === undefined));
}

export function chooseIdleSource(monitor: PowerMonitorLike, platform: NodeJS.Platform, wayland: boolean, mutter: IdleSource | null): ChosenIdleSource {
  const electronSource = powerMonitorIdleSource(monitor, platform === 'win32' || platform === 'darwin');
  if (!wayland) return { source: electronSource, detection: { available: true } };
  if (mutter !== null) return { source: mutter, detection: { available: true } };
  return {
    source: electronSource,
    detection: { available: false, reason: 'this Wayland session reports no idle time, so breaks follow the clock' },
  };
}
