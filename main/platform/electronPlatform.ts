import type * as Electron from 'electron';
import type { ElectronApi } from './electronApi';

/** The real Electron module, seen through the narrow interfaces the adapters use. */
export function electronPlatform(electron: typeof Electron): ElectronApi {
  const { app, BrowserWindow, Tray, Notification, Menu, screen, powerMonitor, ipcMain, session, nativeTheme, webContents, dialog, shell } = electron;
  return {
    app,
    createWindow: (options) => new BrowserWindow(options),
    createTray: (image) => new Tray(image),
    createNotification: (options) => new Notification(options),
    notificationsSupported: () => Notification.isSupported(),
    menu: Menu,
    // `screen` may only be touched once the app is ready, hence a function.
    screen: () => screen,
    powerMonitor,
    ipcMain,
    defaultSession: () => session.defaultSession,
    nativeTheme,
    allWebContents: () => webContents.getAllWebContents(),
    showSaveDialog: ({ title, defaultPath, filters }) => dialog.showSaveDialog(title === undefined ? { defaultPath, filters } : { title, defaultPath, filters }),
    openExternal: (url) => void shell.openExternal(url).catch(() => undefined),
    platform: process.platform,
  };
}
