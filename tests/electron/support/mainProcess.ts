import type * as ElectronModule from 'electron';
import type { ElectronApplication } from 'playwright';

/**
 * What the tests read from the running app's main process, through Playwright's connection to
 * its Node inspector. The app exposes nothing for tests: Electron offers no list of trays and no
 * getter for a tray's menu, so the probe asks V8 itself (the inspector's Runtime.queryObjects,
 * which collects garbage first) for every live Tray and Menu, from an in-process inspector
 * session that exists only while the probe runs.
 */

export interface MenuItemView {
  readonly label: string;
  readonly enabled: boolean;
  readonly type: string;
  readonly submenu: readonly string[];
}

export interface TrayProbe {
  /** Trays alive and not destroyed. */
  readonly trays: number;
  /** The tray's context menu: the one root menu that is neither the application menu nor a submenu. */
  readonly menu: readonly MenuItemView[];
}

/** What `probeTray` does in the main process; `clickLabel` clicks that item of the tray menu. */
type Probe = (electron: typeof ElectronModule, clickLabel: string | null) => Promise<TrayProbe & { clicked: boolean; roots: number }>;

const probe: Probe = async (electron, clickLabel) => {
  const inspector = process.getBuiltinModule('node:inspector');
  const holder = globalThis as unknown as { __breakwiseProbe?: { electron: typeof electron; found?: unknown } };
  holder.__breakwiseProbe = { electron };
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string, params: object): Promise<T> =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  const GROUP = 'breakwise-probe';
  const liveInstances = async <T>(constructorName: 'Tray' | 'Menu'): Promise<T[]> => {
    const prototype = await post<{ result: { objectId: string } }>('Runtime.evaluate', { expression: `globalThis.__breakwiseProbe.electron.${constructorName}.prototype`, objectGroup: GROUP });
    const found = await post<{ objects: { objectId: string } }>('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId, objectGroup: GROUP });
    await post('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { globalThis.__breakwiseProbe.found = this; }', objectGroup: GROUP });
    return (holder.__breakwiseProbe?.found ?? []) as T[];
  };
  try {
    const trays = (await liveInstances<Electron.Tray>('Tray')).filter((tray) => !tray.isDestroyed());
    const menus = await liveInstances<Electron.Menu>('Menu');
    const submenus = new Set(menus.flatMap((menu) => menu.items.flatMap((item) => (item.submenu === undefined || item.submenu === null ? [] : [item.submenu]))));
    const roots = menus.filter((menu) => menu !== electron.Menu.getApplicationMenu() && !submenus.has(menu));
    // One tray menu is live; older ones are garbage (the tray holds only its current menu).
    const menu = roots.find((m) => m.items.some((item) => /History/.test(item.label))) ?? roots[0];
    const items = menu?.items ?? [];
    // As in the OS menu, a disabled item cannot be clicked.
    const target = clickLabel === null ? undefined : items.find((item) => item.label === clickLabel && item.enabled);
    // MenuItem#click runs the app's own handler, as a click in the OS menu does.
    target?.click({} as Electron.KeyboardEvent, undefined, undefined);
    return {
      trays: trays.length,
      roots: roots.length,
      clicked: target !== undefined,
      menu: items.map((item) => ({ label: item.label, enabled: item.enabled, type: item.type, submenu: item.submenu?.items.map((sub) => sub.label) ?? [] })),
    };
  } finally {
    await post('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
    session.disconnect();
    delete holder.__breakwiseProbe;
  }
};

export async function probeTray(app: ElectronApplication): Promise<TrayProbe> {
  const { trays, menu } = await app.evaluate(probe, null);
  return { trays, menu };
}

/** Clicks an enabled item of the tray's menu, by its label, as a person would; throws if there is none. */
export async function clickTrayItem(app: ElectronApplication, label: string): Promise<void> {
  const result = await app.evaluate(probe, label);
  if (!result.clicked) throw new Error(`no enabled tray menu item "${label}" (menu: ${result.menu.map((item) => `${item.label}${item.enabled ? '' : ' (disabled)'}`).join(' | ')}; root menus: ${result.roots})`);
}

/**
 * How many colours the compositor painted in the visible window whose page is at `route` (its
 * address fragment: '' for the break and notice windows): a blank window has one.
 */
export function paintedColours(app: ElectronApplication, route: string): Promise<number> {
  return app.evaluate(async ({ BrowserWindow }, wanted) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.isVisible() && new URL(w.webContents.getURL()).hash === wanted);
    if (window === undefined) return 0;
    const bitmap = (await window.webContents.capturePage()).toBitmap();
    const colours = new Set<number>();
    const PIXEL_STRIDE = 7; // a prime stride samples across rows without following the layout's grid
    for (let i = 0; i + 3 < bitmap.length; i += 4 * PIXEL_STRIDE) colours.add(bitmap.readUInt32LE(i));
    return colours.size;
  }, route);
}

/** Whether any window with its page at `route` is showing. */
export function windowShowing(app: ElectronApplication, route: string): Promise<boolean> {
  return app.evaluate(({ BrowserWindow }, wanted) => BrowserWindow.getAllWindows().some((w) => w.isVisible() && new URL(w.webContents.getURL()).hash === wanted), route);
}

export interface ProcessMetrics {
  readonly pid: number;
  readonly type: string;
  readonly workingSetKb: number;
  readonly cumulativeCpuSeconds: number | null;
  readonly percentCpu: number;
}

/** app.getAppMetrics(): every process of the app (main, GPU, utilities, each renderer). */
export function appMetrics(app: ElectronApplication): Promise<ProcessMetrics[]> {
  return app.evaluate(({ app: electronApp }) =>
    electronApp.getAppMetrics().map((metric) => ({
      pid: metric.pid,
      type: metric.type,
      workingSetKb: metric.memory.workingSetSize,
      cumulativeCpuSeconds: metric.cpu.cumulativeCPUUsage ?? null,
      percentCpu: metric.cpu.percentCPUUsage,
    })),
  );
}

export const themeSource = (app: ElectronApplication): Promise<string> => app.evaluate(({ nativeTheme }) => nativeTheme.themeSource);
