import type * as ElectronModule from 'electron';
import type { ElectronApplication } from 'playwright';
import { describe, expect, it } from 'vitest';
import { clickTrayItem, probeTray } from './support/mainProcess';

/**
 * The probe the real-Electron suites read the tray with, run here in Node on stand-ins for
 * Electron's Tray and Menu, so that it is proven wherever Electron's binary is missing.
 */
class Tray {
  destroyed = false;
  menu: Menu | null = null;
  isDestroyed() {
    return this.destroyed;
  }
  setContextMenu(menu: Menu) {
    this.menu = menu;
  }
}
interface ItemTemplate {
  label: string;
  enabled?: boolean;
  submenu?: Menu;
  click?: () => void;
}
class Menu {
  static applicationMenu: Menu | null = null;
  static getApplicationMenu() {
    return Menu.applicationMenu;
  }
  readonly items: { label: string; enabled: boolean; type: string; submenu?: Menu; click: () => void }[];
  constructor(template: ItemTemplate[]) {
    this.items = template.map((item) => ({ label: item.label, enabled: item.enabled ?? true, type: item.submenu === undefined ? 'normal' : 'submenu', ...(item.submenu === undefined ? {} : { submenu: item.submenu }), click: item.click ?? (() => undefined) }));
  }
}

const fakeApp = (electron: object) => ({ evaluate: (fn: (e: object, arg: unknown) => unknown, arg: unknown) => Promise.resolve(fn(electron, arg)) }) as unknown as ElectronApplication;

describe('the tray probe', () => {
  it('finds the live tray and its current menu, not the application menu, submenus, an old menu or a destroyed tray', async () => {
    const electron = { Tray, Menu } as unknown as typeof ElectronModule;
    Menu.applicationMenu = new Menu([{ label: 'Edit', submenu: new Menu([{ label: 'Copy' }]) }]);
    const gone = new Tray();
    gone.destroyed = true;
    const tray = new Tray();
    // A menu the tray showed before: garbage now, which the probe's heap query collects first.
    (() => tray.setContextMenu(new Menu([{ label: 'History…' }, { label: 'Stale' }])))();
    const clicks: string[] = [];
    tray.setContextMenu(
      new Menu([
        { label: 'Break in 20 minutes', enabled: false },
        { label: 'Pause', submenu: new Menu([{ label: 'For 30 minutes' }]) },
        { label: 'History…', click: () => clicks.push('history') },
        { label: 'Resume', enabled: false, click: () => clicks.push('resume') },
      ]),
    );
    const app = fakeApp(electron);
    const probe = await probeTray(app);
    expect(probe.trays).toBe(1);
    expect(probe.menu.map((item) => item.label)).toEqual(['Break in 20 minutes', 'Pause', 'History…', 'Resume']);
    expect(probe.menu[1]?.submenu).toEqual(['For 30 minutes']);
    await clickTrayItem(app, 'History…');
    await expect(clickTrayItem(app, 'Resume')).rejects.toThrow('no enabled tray menu item "Resume"');
    expect(clicks).toEqual(['history']);
    expect((globalThis as { __breakwiseProbe?: unknown }).__breakwiseProbe).toBeUndefined();
    void [gone, tray];
  });
});
