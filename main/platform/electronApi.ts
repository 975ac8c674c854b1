import type { BrowserWindowConstructorOptions, Display, MenuItemConstructorOptions, Rectangle } from 'electron';

/** The part of an IPC event the handlers look at. */
export interface IpcCall {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of `ipcMain` the handlers need (injected, so tests pass a recording double). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcCall, payload: unknown) => unknown): void;
  removeHandler(channel: string): void;
}

/**
 * The slices of Electron that Breakwise's adapters use, as structural interfaces. Adapters take
 * these as parameters, so tests hand them a recording double instead of the real module.
 */

export interface WebContentsLike {
  readonly id: number;
  send(channel: string, value: unknown): void;
  on(event: 'will-navigate' | 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface WindowLike {
  readonly webContents: WebContentsLike;
  loadURL(url: string): Promise<void>;
  show(): void;
  showInactive(): void;
  hide(): void;
  isVisible(): boolean;
  setBounds(bounds: Partial<Rectangle>): void;
  setAlwaysOnTop(flag: boolean, level?: 'screen-saver' | 'floating'): void;
  destroy(): void;
  isDestroyed(): boolean;
  focus(): void;
  close(): void;
  setTitle(title: string): void;
  once(event: 'closed', listener: () => void): void;
}

export type WindowOptions = BrowserWindowConstructorOptions;

export interface ScreenLike {
  getAllDisplays(): Display[];
  getPrimaryDisplay(): Display;
  on(event: 'display-added' | 'display-removed' | 'display-metrics-changed', listener: (event: unknown, display: Display) => void): void;
}

export interface TrayLike {
  setImage(image: string): void;
  setToolTip(text: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: unknown): void;
  destroy(): void;
}

export interface MenuFactory {
  buildFromTemplate(template: MenuItemConstructorOptions[]): unknown;
}

export interface NotificationLike {
  on(event: 'click', listener: () => void): void;
  show(): void;
  close(): void;
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

export interface PowerMonitorLike {
  getSystemIdleTime(): number;
  getSystemIdleState(idleThresholdSeconds: number): 'active' | 'idle' | 'locked' | 'unknown';
  on(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown', listener: () => void): void;
}

/** Electron's nativeTheme: the OS's light/dark state, and the theme Breakwise's windows follow. */
export interface NativeThemeLike {
  readonly shouldUseDarkColors: boolean;
  /** The taskbar's theme on Windows (apart from the apps' theme); as shouldUseDarkColors on macOS; absent on Linux. */
  readonly shouldUseDarkColorsForSystemIntegratedUI?: boolean | undefined;
  /** Light, dark, or follow the OS: sets `prefers-color-scheme` in every Breakwise window. */
  themeSource: 'system' | 'light' | 'dark';
  on(event: 'updated', listener: () => void): void;
  removeListener(event: 'updated', listener: () => void): void;
}

export interface AppLike {
  readonly isPackaged: boolean;
  getVersion(): string;
  getPath(name: 'userData'): string;
  getAppPath(): string;
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string, additionalData: unknown) => void): void;
  on(event: 'window-all-closed' | 'before-quit', listener: () => void): void;
  whenReady(): Promise<void>;
  /** The OS's languages in order of preference (Electron reads them from the OS, not from Chromium's flags). */
  getPreferredSystemLanguages(): string[];
  quit(): void;
  exit(code?: number): void;
  dock?: { hide(): void } | undefined;
}

export interface SaveDialogOptions {
  readonly title?: string;
  readonly defaultPath: string;
  readonly filters: { name: string; extensions: string[] }[];
}

/** Everything the composition root hands to the adapters. */
export interface ElectronApi {
  readonly app: AppLike;
  readonly createWindow: (options: WindowOptions) => WindowLike;
  readonly createTray: (image: string) => TrayLike;
  readonly createNotification: (options: { title: string; body: string; silent: boolean }) => NotificationLike;
  readonly notificationsSupported: () => boolean;
  readonly menu: MenuFactory;
  readonly screen: () => ScreenLike;
  readonly powerMonitor: PowerMonitorLike;
  readonly ipcMain: IpcMainLike;
  readonly defaultSession: () => SessionLike;
  readonly nativeTheme: NativeThemeLike;
  /** Every open page, for pushes that concern all windows (a settings change). */
  readonly allWebContents: () => WebContentsLike[];
  /** Opens an https: or mailto: link (an administrator's contact) in the system browser or mail app. */
  readonly openExternal: (url: string) => void;
  /** The OS save dialog (history export). */
  readonly showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
  readonly platform: NodeJS.Platform;
}
