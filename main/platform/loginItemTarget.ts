import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LoginItemTarget } from './loginItem';

const DEFAULT_XDG_CONFIG_DIRS = '/etc/xdg';

/** Where this machine keeps login items, from Electron's app and the XDG environment. */
export function loginItemTarget(
  app: { setLoginItemSettings(settings: { openAtLogin: boolean }): void },
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): LoginItemTarget {
  const configDirs = (env.XDG_CONFIG_DIRS ?? DEFAULT_XDG_CONFIG_DIRS).split(':').filter((dir) => dir !== '');
  return {
    platform,
    setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
    xdgConfigHome: env.XDG_CONFIG_HOME ?? join(homedir(), '.config'),
    systemAutostartDirs: configDirs.map((dir) => join(dir, 'autostart')),
    // An AppImage runs from a temporary mount; its own path is what must start at login.
    executable: env.APPIMAGE ?? process.execPath,
  };
}
