import type { BusySource } from '../core/busy';
import type { DbusBus } from '../power/linux/dbusBus';
import { isWaylandSession } from '../power/idleDetection';
import type { ResolveRealPath, RunCommand } from '../policy/readers/windowsRegistry';
import { combineDetectors, type BusyDetector } from './detector';
import { linuxCameraDetector } from './linux/cameraInUse';
import { gnomeSessionInhibitorsDetector } from './linux/gnomeSessionInhibitors';
import { kdePowerInhibitDetector } from './linux/kdePowerInhibit';
import { gnomeShowBannersDetector, kdeNotificationsInhibitedDetector } from './linux/notificationsDoNotDisturb';
import { x11FullscreenDetector } from './linux/x11Fullscreen';
import { pmsetAssertionsDetector } from './mac/pmsetAssertions';
import { probeBusySignals, type BusyProbe } from './probe';
import { capabilityConsentDetector } from './windows/capabilityConsent';
import { notificationStateDetector, type NotificationStateBinding } from './windows/notificationState';
import { loadShell32NotificationState } from './windows/shell32Binding';

export type { BusyProbe, SignalAvailability } from './probe';
export { probeBusySignals } from './probe';
export { DETECTOR_DEADLINE_MS } from './detector';

/**
 * What the detectors need from the running app. Everything has a default except the session bus,
 * which the caller opens once (`openBus(env.DBUS_SESSION_BUS_ADDRESS)`) and shares with the
 * screen-lock watch; without it, the Linux D-Bus signals are unknown.
 */
export interface BusyDeps {
  readonly env?: NodeJS.ProcessEnv;
  /** Linux: the session bus, or null when there is none. */
  readonly sessionBus?: DbusBus | null;
  /** Linux: where procfs is mounted (default `/proc`). */
  readonly procRoot?: string;
  /** Runs xprop, pmset or reg.exe; by default each with its own timeout. */
  readonly run?: RunCommand;
  /** Windows: resolves `\\?\GLOBALROOT\SystemRoot` to find reg.exe (default fs.promises.realpath). */
  readonly realpath?: ResolveRealPath;
  /** Windows: shell32's SHQueryUserNotificationState (default: loaded through koffi on the first read). */
  readonly loadNotificationState?: () => Promise<NotificationStateBinding>;
  /** macOS: Breakwise's own process id, whose display assertions do not count (default process.pid). */
  readonly ownPid?: number;
  /** The longest any one detector may take (default `DETECTOR_DEADLINE_MS`). */
  readonly deadlineMs?: number;
}

/** A BusySource that can also say which signals this machine can read, for the settings window. */
export interface MachineBusySource extends BusySource {
  /** Reads every signal once: per signal `works` or `unavailable`. See `probeBusySignals`. */
  probe(): Promise<BusyProbe>;
}

/** GNOME keeps do not disturb in its own setting; elsewhere that setting exists but nobody reads it. */
const isGnomeDesktop = (env: NodeJS.ProcessEnv): boolean => (env.XDG_CURRENT_DESKTOP ?? '').split(':').some((name) => name.toUpperCase() === 'GNOME');

function linuxDetectors(deps: BusyDeps, env: NodeJS.ProcessEnv): BusyDetector[] {
  const detectors: BusyDetector[] = [linuxCameraDetector(deps.procRoot === undefined ? {} : { procRoot: deps.procRoot })];
  const bus = deps.sessionBus ?? null;
  if (bus !== null) {
    detectors.push(gnomeSessionInhibitorsDetector(bus), kdePowerInhibitDetector(bus), kdeNotificationsInhibitedDetector(bus));
    if (isGnomeDesktop(env)) detectors.push(gnomeShowBannersDetector(bus));
  }
  // Full screen only on X11: under Wayland no documented interface says which window is active.
  if (!isWaylandSession('linux', env) && (env.DISPLAY ?? '') !== '') detectors.push(x11FullscreenDetector(deps.run === undefined ? {} : { run: deps.run }));
  return detectors;
}

function detectorsFor(platform: NodeJS.Platform, deps: BusyDeps): BusyDetector[] {
  const env = deps.env ?? process.env;
  const run = deps.run === undefined ? {} : { run: deps.run };
  switch (platform) {
    case 'linux':
      return linuxDetectors(deps, env);
    case 'win32':
      return [
        notificationStateDetector(deps.loadNotificationState ?? loadShell32NotificationState),
        capabilityConsentDetector({ ...run, ...(deps.realpath === undefined ? {} : { realpath: deps.realpath }) }),
      ];
    case 'darwin':
      return [pmsetAssertionsDetector({ ...run, ...(deps.ownPid === undefined ? {} : { ownPid: deps.ownPid }) })];
    default:
      return [];
  }
}

/**
 * The busy detectors of this OS as one BusySource for the engine. Each read asks only the
 * signals given, every detector in parallel and within its deadline; a signal no detector can
 * read is reported unknown, never guessed, and the read never rejects. Creating it starts
 * nothing: no process, no D-Bus call, no library load until the first read.
 *
 * | Signal          | Linux                                                        | Windows                                 | macOS                         |
 * | --------------- | ------------------------------------------------------------ | --------------------------------------- | ----------------------------- |
 * | presentation    | GNOME inhibitor whose reason says presentation               | Windows presentation settings           | assertion held by a presenter |
 * | fullscreen      | X11 active window (xprop); unknown on Wayland                | full-screen app or Direct3D             | unknown                       |
 * | screen-share    | unknown                                                      | unknown                                 | unknown                       |
 * | camera          | /proc/<pid>/fd → /dev/video*                                 | consent store, LastUsedTimeStop = 0     | unknown                       |
 * | microphone      | unknown                                                      | consent store, LastUsedTimeStop = 0     | unknown                       |
 * | do-not-disturb  | KDE Notifications.Inhibited; GNOME show-banners (portal)     | only Windows' quiet time                | unknown                       |
 * | inhibitor       | GNOME IsInhibited(idle); KDE PowerManagement HasInhibit      | unknown                                 | other display-sleep assertion |
 */
export function chooseBusySource(platform: NodeJS.Platform, deps: BusyDeps = {}): MachineBusySource {
  const source = combineDetectors(detectorsFor(platform, deps), deps.deadlineMs === undefined ? {} : { deadlineMs: deps.deadlineMs });
  return {
    read: (signals) => source.read(signals),
    probe: () => probeBusySignals(source),
  };
}
