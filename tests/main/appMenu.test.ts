import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, followAppMenu } from '../../main/platform/appMenu';

/** Every item of a template, submenus included. */
const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
const roles = (template: MenuItemConstructorOptions[]) => items(template).flatMap((item) => (item.role === undefined ? [] : [item.role]));

describe('the application menu', () => {
  it('on macOS is the app menu (about, hide, quit) and the Edit items text fields need', () => {
    const template = appMenuTemplate('darwin', { allowQuit: true }) ?? [];
    expect(template.map((item) => item.role)).toEqual(['appMenu', 'editMenu']);
    expect(roles([template[0] ?? {}])).toEqual(['appMenu', 'about', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles([template[1] ?? {}])).toEqual(['editMenu', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it.each(['darwin', 'win32', 'linux'] as const)('on %s offers no reload, no developer tools, no window zoom and no help links', (platform) => {
    const template = appMenuTemplate(platform, { allowQuit: true }) ?? [];
    const all = items(template);
    expect(roles(template).filter((role) => /reload|devtools|zoom|fullscreen|help|window/i.test(role))).toEqual([]);
    expect(all.filter((item) => item.click !== undefined || item.label !== undefined)).toEqual([]);
  });

  it('on Windows and Linux is no menu at all: text fields edit by their own keys there', () => {
    expect(appMenuTemplate('win32', { allowQuit: true })).toBeNull();
    expect(appMenuTemplate('linux', { allowQuit: true })).toBeNull();
  });

  it('has no Quit while the organization does not allow quitting', () => {
    expect(roles(appMenuTemplate('darwin', { allowQuit: false }) ?? [])).not.toContain('quit');
  });

  it('follows the right to quit as policy changes, setting the menu only when it changes', () => {
    const set: unknown[] = [];
    const menu = { buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ built: roles(template) }), setApplicationMenu: (built: unknown) => void set.push(built) };
    let allowQuit = true;
    let changed: () => void = () => undefined;
    const stop = followAppMenu(menu, 'darwin', () => allowQuit, (listener) => ((changed = listener), () => (changed = () => undefined)));
    changed();
    allowQuit = false;
    changed();
    stop();
    allowQuit = true;
    changed();
    expect(set.map((built) => (built as { built: string[] }).built.includes('quit'))).toEqual([true, false]);
  });

  it('replaces the default menu with none on Linux', () => {
    const set: unknown[] = [];
    followAppMenu({ buildFromTemplate: () => 'built', setApplicationMenu: (built) => void set.push(built) }, 'linux', () => true, () => () => undefined);
    expect(set).toEqual([null]);
  });
});
