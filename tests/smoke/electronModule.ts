import type { WindowOptions } from '../../main/platform/electronApi';
import { createRecordingElectron } from '../support/electron/recordingElectron';

/**
 * The `electron` module as the built main bundle sees it in the smoke test: Electron-shaped
 * exports over one recording double, which the driver reads back from `globalThis`.
 */
// A driver may choose the app data folder before the bundle loads.
const double = createRecordingElectron({ displays: 2, userData: process.env.BREAKWISE_DOUBLE_USER_DATA });
(globalThis as { electronDouble?: typeof double }).electronDouble = double;

const { api } = double;

export const app = double.app;
export const screen = double.screen;
export const powerMonitor = double.powerMonitor;
export const ipcMain = double.ipcMain;
export const Menu = api.menu;
export const protocol = double.protocol;
export const session = { defaultSession: double.session };
export const nativeTheme = double.nativeTheme;
export const webContents = { getAllWebContents: () => api.allWebContents() };

/* Constructors as plain functions: `new F()` yields the object F returns, here the double's. */
export function BrowserWindow(options: WindowOptions) {
  return api.createWindow(options);
}
export function Tray(image: string) {
  return api.createTray(image);
}
export function Notification(options: { title: string; body: string; silent: boolean }) {
  return api.createNotification(options);
}
Notification.isSupported = (): boolean => api.notificationsSupported();

export const dialog = { showSaveDialog: api.showSaveDialog };
export const shell = {};

/** electron-store imports the module's default export. */
export default { app, screen, powerMonitor, ipcMain, Menu, protocol, session, nativeTheme, webContents, dialog, shell, BrowserWindow, Tray, Notification };
