import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyStartAtLogin, AUTOSTART_FILE, type LoginItemTarget } from '../../main/platform/loginItem';

const linux = (options: { systemEntry?: boolean } = {}) => {
  const root = mkdtempSync(join(tmpdir(), 'breakwise-autostart-'));
  const system = join(root, 'etc/xdg/autostart');
  mkdirSync(system, { recursive: true });
  if (options.systemEntry === true) writeFileSync(join(system, AUTOSTART_FILE), '[Desktop Entry]\n');
  const calls: boolean[] = [];
  const target: LoginItemTarget = {
    platform: 'linux',
    setLoginItemSettings: ({ openAtLogin }) => void calls.push(openAtLogin),
    xdgConfigHome: join(root, 'home/.config'),
    systemAutostartDirs: [system],
    executable: '/opt/Breakwise/breakwise',
  };
  return { target, userFile: join(root, 'home/.config/autostart', AUTOSTART_FILE), calls };
};

describe('start at login', () => {
  it('on Windows and macOS uses the per-user login item', () => {
    const calls: boolean[] = [];
    applyStartAtLogin({ ...linux().target, platform: 'win32', setLoginItemSettings: ({ openAtLogin }) => void calls.push(openAtLogin) }, true);
    expect(calls).toEqual([true]);
  });

  it('on Linux writes an XDG autostart entry, and removes it when turned off', () => {
    const { target, userFile, calls } = linux();
    applyStartAtLogin(target, true);
    expect(readFileSync(userFile, 'utf8')).toContain('Exec="/opt/Breakwise/breakwise"');
    expect(readFileSync(userFile, 'utf8')).not.toContain('Hidden=true');
    applyStartAtLogin(target, false);
    expect(existsSync(userFile)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('on Linux hides a system-wide entry for this person only, and un-hides it again', () => {
    const { target, userFile } = linux({ systemEntry: true });
    applyStartAtLogin(target, false);
    expect(readFileSync(userFile, 'utf8')).toContain('Hidden=true');
    applyStartAtLogin(target, true);
    expect(existsSync(userFile)).toBe(false);
  });

  it('quotes an executable path with spaces and shell characters', () => {
    const { target, userFile } = linux();
    applyStartAtLogin({ ...target, executable: '/home/a b/Break$wise.AppImage' }, true);
    expect(readFileSync(userFile, 'utf8')).toContain('Exec="/home/a b/Break\\$wise.AppImage"');
  });
});
