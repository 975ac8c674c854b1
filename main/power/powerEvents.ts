import type { PowerKind } from '../core/engine/events';
import type { PowerMonitorLike } from '../platform/electronApi';

/** Electron's power and session events, by the engine's names for them. */
const POWER_EVENTS = [
  ['suspend', 'suspend'],
  ['resume', 'resume'],
  ['lock-screen', 'lock'],
  ['unlock-screen', 'unlock'],
  ['shutdown', 'shutdown'],
] as const satisfies ReadonlyArray<readonly [string, PowerKind]>;

export function forwardPowerEvents(monitor: PowerMonitorLike, onPower: (kind: PowerKind) => void): void {
  for (const [electronName, kind] of POWER_EVENTS) monitor.on(electronName, () => onPower(kind));
}
