import type { MenuItemConstructorOptions } from 'electron';

/**
 * Breakwise's application menu, in place of Electron's default one (whose Reload, Toggle
 * Developer Tools and Help links to electronjs.org have no place in a shipped app).
 *
 * - macOS: the app menu (about, hide, quit) and the standard Edit menu. There, copy and paste in
 *   a text field are the Edit menu's key equivalents: without its roles, Cmd+C does nothing.
 * - Windows and Linux: no menu at all. Chromium's text fields take Ctrl+Z/Y/X/C/V/A themselves,
 *   and the settings windows hide their menu bar anyway.
 *
 * Quit appears only while the organization allows quitting, as in the tray.
 */
export function appMenuTemplate(platform: NodeJS.Platform, rights: { readonly allowQuit: boolean }): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  const quit: MenuItemConstructorOptions[] = rights.allowQuit ? [{ type: 'separator' }, { role: 'quit' }] : [];
  return [
    { role: 'appMenu', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, ...quit] },
    {
      role: 'editMenu',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
  ];
}

/** The part of Electron's `Menu` that sets the application menu. */
export interface ApplicationMenuSetter {
  buildFromTemplate(template: MenuItemConstructorOptions[]): unknown;
  setApplicationMenu(menu: unknown): void;
}

/**
 * Sets the menu now and again whenever the right to quit changes (a policy re-read). Returns the
 * function that stops following.
 */
export function followAppMenu(
  menu: ApplicationMenuSetter,
  platform: NodeJS.Platform,
  allowQuit: () => boolean,
  onChange: (listener: () => void) => () => void,
): () => void {
  let shown: boolean | null = null;
  const apply = (): void => {
    const rights = { allowQuit: allowQuit() };
    if (rights.allowQuit === shown) return;
    shown = rights.allowQuit;
    const template = appMenuTemplate(platform, rights);
    menu.setApplicationMenu(template === null ? null : menu.buildFromTemplate(template));
  };
  apply();
  return onChange(apply);
}
