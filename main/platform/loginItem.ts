import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Start at login. Windows and macOS keep a per-user login item through Electron; Linux
 * desktops read XDG autostart files, so Breakwise writes its own in ~/.config/autostart. When
 * the package installed a system-wide entry (/etc/xdg/autostart) and the person turns start
 * at login off, a user file with Hidden=true hides it — the XDG rule for overriding a system
 * entry without root.
 */

export const AUTOSTART_FILE = 'breakwise.desktop';

export interface LoginItemTarget {
  readonly platform: NodeJS.Platform;
  /** Electron's per-user login item (Windows and macOS). */
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
  /** $XDG_CONFIG_HOME or ~/.config. */
  readonly xdgConfigHome: string;
  /** Directories holding system-wide autostart entries ($XDG_CONFIG_DIRS/autostart). */
  readonly systemAutostartDirs: readonly string[];
  /** The command that starts Breakwise (the AppImage path, or the installed binary). */
  readonly executable: string;
}

const desktopEntry = (executable: string, hidden: boolean): string =>
  [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Breakwise',
    'Comment=Well-timed posture and neck breaks',
    `Exec="${executable.replace(/(["`$\\])/g, '\\$1')}"`,
    'X-GNOME-Autostart-enabled=true',
    ...(hidden ? ['Hidden=true'] : []),
    '',
  ].join('\n');

export function applyStartAtLogin(target: LoginItemTarget, openAtLogin: boolean): void {
  if (target.platform !== 'linux') {
    target.setLoginItemSettings({ openAtLogin });
    return;
  }
  const dir = join(target.xdgConfigHome, 'autostart');
  const file = join(dir, AUTOSTART_FILE);
  const systemWide = target.systemAutostartDirs.some((d) => existsSync(join(d, AUTOSTART_FILE)));
  if (openAtLogin && systemWide) return void rmSync(file, { force: true });
  if (!openAtLogin && !systemWide) return void rmSync(file, { force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, desktopEntry(target.executable, !openAtLogin), { mode: 0o644 });
}
