import type { Display, MenuItemConstructorOptions } from 'electron';
import type {
  AppLike,
  ElectronApi,
  IpcCall,
  NativeThemeLike,
  NotificationLike,
  PowerMonitorLike,
  ScreenLike,
  SessionLike,
  TrayLike,
  WebContentsLike,
  WindowLike,
  WindowOptions,
} from '../../../main/platform/electronApi';

/**
 * A recording double of the Electron surfaces Breakwise uses. Every call lands in `calls`;
 * tests drive it like the OS would (power events, displays, tray clicks, IPC from a frame).
 */
export interface Call {
  readonly target: string;
  readonly method: string;
  readonly args: unknown[];
}

// Listeners of every shape share one registry; the typed `on` overloads below keep callers honest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
  off(event: string, listener: Listener): void {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

let nextId = 1;

export class FakeWebContents extends Emitter implements WebContentsLike {
  readonly id = nextId++;
  readonly sent: { channel: string; value: unknown }[] = [];
  constructor(private readonly keepLog = true) {
    super();
  }
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  send(channel: string, value: unknown): void {
    if (this.keepLog) this.sent.push({ channel, value });
    else this.sent.splice(0, this.sent.length, { channel, value });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  destroyed = false;
  /** How often the page was loaded again (after its renderer crashed or was killed). */
  reloads = 0;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  reload(): void {
    this.reloads++;
  }
  /** The page asks for a new window (window.open, a target=_blank link). */
  openWindow(url: string): { action: 'deny' } | undefined {
    return this.openHandler?.({ url });
  }
  /** What happens when a page tries to navigate: returns whether it was prevented. */
  tryNavigate(event: 'will-navigate' | 'will-attach-webview'): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export class FakeWindow implements WindowLike {
  readonly webContents: FakeWebContents;
  loaded: string | null = null;
  visible = false;
  destroyed = false;
  shows = 0;
  inactiveShows = 0;
  bounds: Partial<Display['bounds']> = {};
  alwaysOnTop: [boolean, string | undefined] = [false, undefined];
  constructor(
    readonly options: WindowOptions,
    keepLog = true,
  ) {
    this.webContents = new FakeWebContents(keepLog);
    this.bounds = { x: options.x, y: options.y, width: options.width, height: options.height } as Partial<Display['bounds']>;
    this.title = options.title;
  }
  focuses = 0;
  private closedListeners: (() => void)[] = [];
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
  }
  focus(): void {
    this.focuses++;
  }
  title: string | undefined;
  setTitle(title: string): void {
    this.title = title;
  }
  /** The person (or the app) closes the window. */
  close(): void {
    this.destroy();
    this.closedListeners.splice(0).forEach((listener) => listener());
  }
  once(_event: 'closed', listener: () => void): void {
    this.closedListeners.push(listener);
  }
  show(): void {
    this.visible = true;
    this.shows++;
  }
  showInactive(): void {
    this.visible = true;
    this.inactiveShows++;
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  setBounds(bounds: Partial<Display['bounds']>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.alwaysOnTop = [flag, level];
  }
  destroy(): void {
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export interface MenuItem {
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItem[];
}

export class FakeTray implements TrayLike {
  image: string;
  tooltip = '';
  title = '';
  menu: MenuItem[] = [];
  updates = { image: 0, tooltip: 0, title: 0, menu: 0 };
  destroyed = false;
  constructor(image: string) {
    this.image = image;
  }
  setImage(image: string): void {
    this.image = image;
    this.updates.image++;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
    this.updates.tooltip++;
  }
  setTitle(title: string): void {
    this.title = title;
    this.updates.title++;
  }
  setContextMenu(menu: unknown): void {
    this.menu = menu as MenuItem[];
    this.updates.menu++;
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** Clicks a menu item by its label path, e.g. click('Pause', 'For 1 hour'). */
  click(...labels: string[]): void {
    let items = this.menu;
    let item: MenuItem | undefined;
    for (const label of labels) {
      item = items.find((i) => i.label === label);
      if (item === undefined) throw new Error(`no menu item "${label}" in ${JSON.stringify(items.map((i) => i.label))}`);
      if (item.enabled === false) throw new Error(`menu item "${label}" is disabled`);
      items = item.submenu ?? [];
    }
    item?.click?.();
  }
}

export class FakeScreen extends Emitter implements ScreenLike {
  displays: Display[];
  constructor(count = 1) {
    super();
    this.displays = Array.from({ length: count }, (_, i) => fakeDisplay(i + 1, i * 1920));
  }
  getAllDisplays(): Display[] {
    return this.displays;
  }
  getPrimaryDisplay(): Display {
    const primary = this.displays[0];
    if (primary === undefined) throw new Error('no display');
    return primary;
  }
  override on(event: 'display-added' | 'display-removed' | 'display-metrics-changed', listener: (event: unknown, display: Display) => void): void {
    super.on(event, listener);
  }
  add(id: number): Display {
    const display = fakeDisplay(id, this.displays.length * 1920);
    this.displays = [...this.displays, display];
    this.emit('display-added', {}, display);
    return display;
  }
  remove(id: number): void {
    const display = this.displays.find((d) => d.id === id);
    this.displays = this.displays.filter((d) => d.id !== id);
    this.emit('display-removed', {}, display);
  }
}

export const fakeDisplay = (id: number, x: number): Display =>
  ({ id, bounds: { x, y: 0, width: 1920, height: 1080 }, workArea: { x, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }) as Display;

export class FakePowerMonitor extends Emitter implements PowerMonitorLike {
  idleSeconds = 0;
  idleState: 'active' | 'idle' | 'locked' | 'unknown' = 'active';
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
  getSystemIdleState(): 'active' | 'idle' | 'locked' | 'unknown' {
    return this.idleState;
  }
  override on(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown', listener: () => void): void {
    super.on(event, listener);
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: IpcCall, payload: unknown) => unknown>();
  /** `ipcMain.on` listeners (electron-store registers one for its renderer helper; Breakwise itself uses none). */
  readonly listeners = new Map<string, unknown>();
  on(channel: string, listener: unknown): void {
    this.listeners.set(channel, listener);
  }
  handle(channel: string, listener: (event: IpcCall, payload: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** A renderer frame at `url` invokes `channel`. */
  invoke(channel: string, payload: unknown, url: string | null): unknown {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: url === null ? null : { url } }, payload);
  }
}

export class FakeSession implements SessionLike {
  permissionRequest: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: (() => boolean) | null = null;
  beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null = null;
  headersReceived: ((details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheck = handler;
  }
  webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>) => void (this.beforeRequest = listener),
    onHeadersReceived: (listener: NonNullable<FakeSession['headersReceived']>) => void (this.headersReceived = listener),
  };
}

export class FakeNotification extends Emitter implements NotificationLike {
  shown = false;
  closed = false;
  constructor(readonly options: { title: string; body: string; silent: boolean }) {
    super();
  }
  override on(event: 'click', listener: () => void): void {
    super.on(event, listener);
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
  }
}

/**
 * nativeTheme as Electron behaves: `shouldUseDarkColors` follows the OS unless `themeSource`
 * overrides it; on Windows the taskbar has a theme of its own; every change emits `updated`.
 */
export class FakeNativeTheme extends Emitter implements NativeThemeLike {
  private source: 'system' | 'light' | 'dark' = 'system';
  /** The OS's colour scheme (apps), and on Windows the taskbar's own. */
  private os = { dark: false, taskbarDark: false };
  constructor(
    private readonly platform: NodeJS.Platform,
    private readonly record: (value: string) => void,
  ) {
    super();
  }
  get shouldUseDarkColors(): boolean {
    return this.source === 'system' ? this.os.dark : this.source === 'dark';
  }
  get shouldUseDarkColorsForSystemIntegratedUI(): boolean | undefined {
    if (this.platform === 'win32') return this.os.taskbarDark;
    return this.platform === 'darwin' ? this.shouldUseDarkColors : undefined;
  }
  get themeSource(): 'system' | 'light' | 'dark' {
    return this.source;
  }
  set themeSource(value: 'system' | 'light' | 'dark') {
    this.record(value);
    this.source = value;
    this.emit('updated');
  }
  override on(event: 'updated', listener: () => void): void {
    super.on(event, listener);
  }
  removeListener(event: 'updated', listener: () => void): void {
    this.off(event, listener);
  }
  /** The person changes the OS's appearance (or, on Windows, the taskbar's). */
  setSystem(theme: { dark: boolean; taskbarDark?: boolean }): void {
    this.os = { dark: theme.dark, taskbarDark: theme.taskbarDark ?? theme.dark };
    this.emit('updated');
  }
}

/** Electron's `protocol`: the privileged schemes, the handlers, and a page's request answered by them. */
export class FakeProtocol {
  privileged: readonly { scheme: string; privileges?: Record<string, boolean> }[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  /** Electron keeps only the last call's list (it must come before ready). */
  registerSchemesAsPrivileged(schemes: readonly { scheme: string; privileges?: Record<string, boolean> }[]): void {
    this.privileged = [...schemes];
  }
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`second handler for ${scheme}:`);
    this.handlers.set(scheme, handler);
  }
  /** A page requests `url`, as Chromium would ask the scheme's handler. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get(url.slice(0, url.indexOf(':')));
    if (handler === undefined) throw new Error(`no handler for ${url}`);
    return handler(new Request(url, init));
  }
}

/** The single-instance lock is shared by every double "process" made with the same registry. */
export class InstanceRegistry {
  holder: FakeApp | null = null;
}

export class FakeApp extends Emitter implements AppLike {
  isPackaged = false;
  quitCalls = 0;
  exitCode: number | null = null;
  lockRequests: (Record<string, unknown> | undefined)[] = [];
  private readyResolve: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  constructor(
    private readonly registry = new InstanceRegistry(),
    private readonly userData = '/tmp/breakwise-double',
  ) {
    super();
  }
  getVersion(): string {
    return '0.1.0';
  }
  getPath(): string {
    return this.userData;
  }
  getAppPath(): string {
    return '/app';
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.lockRequests.push(additionalData);
    if (this.registry.holder === null || this.registry.holder === this) {
      this.registry.holder = this;
      return true;
    }
    this.registry.holder.emit('second-instance', {}, ['breakwise'], '/', additionalData);
    return false;
  }
  override on(event: string, listener: Listener): void {
    super.on(event, listener);
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** What the OS says about the person's languages. */
  systemLanguages: string[] = ['en-US'];
  getPreferredSystemLanguages(): string[] {
    return [...this.systemLanguages];
  }
  /** The OS says the app is ready. */
  becomeReady(): void {
    this.readyResolve();
  }
  quit(): void {
    this.quitCalls++;
    this.emit('before-quit');
    if (this.registry.holder === this) this.registry.holder = null;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
}

/** One recorded Electron "process": the ElectronApi the adapters get, plus handles to drive it. */
/**
 * `keepLog: false` keeps only the objects, not the history of calls and messages — for
 * long benchmark runs whose heap should show the app's memory, not the recording's.
 */
export function createRecordingElectron(options: { displays?: number; registry?: InstanceRegistry; platform?: NodeJS.Platform; keepLog?: boolean; userData?: string | undefined } = {}) {
  const calls: Call[] = [];
  const windows: FakeWindow[] = [];
  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];
  const app = new FakeApp(options.registry, options.userData);
  const screen = new FakeScreen(options.displays ?? 1);
  const powerMonitor = new FakePowerMonitor();
  const ipcMain = new FakeIpcMain();
  const session = new FakeSession();
  /** Where the next save dialogs "choose" to save; none left means the person cancels. */
  const savePaths: string[] = [];
  const keepLog = options.keepLog ?? true;
  const record = <T>(target: string, method: string, args: unknown[], value: T): T => {
    if (keepLog) calls.push({ target, method, args });
    return value;
  };
  const menu = {
    /** What `Menu.setApplicationMenu` was last given (a built template, or null: no menu); undefined leaves Electron's default menu. */
    application: undefined as unknown,
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => record('Menu', 'buildFromTemplate', [template], template),
    setApplicationMenu: (built: unknown) => void record('Menu', 'setApplicationMenu', [built], (menu.application = built)),
  };
  const protocol = new FakeProtocol();
  const nativeTheme = new FakeNativeTheme(options.platform ?? 'linux', (value) => void record('nativeTheme', 'themeSource', [value], undefined));
  const api: ElectronApi = {
    app,
    createWindow: (windowOptions) => {
      const window = new FakeWindow(windowOptions, keepLog);
      windows.push(window);
      return record('BrowserWindow', 'new', [windowOptions], window);
    },
    createTray: (image) => {
      const tray = new FakeTray(image);
      trays.push(tray);
      return record('Tray', 'new', [image], tray);
    },
    createNotification: (notificationOptions) => {
      const notification = new FakeNotification(notificationOptions);
      if (keepLog) notifications.push(notification);
      return record('Notification', 'new', [notificationOptions], notification);
    },
    notificationsSupported: () => true,
    menu,
    screen: () => screen,
    powerMonitor,
    ipcMain,
    defaultSession: () => session,
    nativeTheme,
    allWebContents: () => windows.filter((w) => !w.isDestroyed()).map((w) => w.webContents),
    openExternal: (url) => void record('shell', 'openExternal', [url], undefined),
    showSaveDialog: (dialogOptions) => {
      record('dialog', 'showSaveDialog', [dialogOptions], undefined);
      const filePath = savePaths.shift();
      return Promise.resolve(filePath === undefined ? { canceled: true } : { canceled: false, filePath });
    },
    platform: options.platform ?? 'linux',
  };
  return {
    api,
    calls,
    windows,
    trays,
    notifications,
    app,
    screen,
    powerMonitor,
    ipcMain,
    session,
    nativeTheme,
    savePaths,
    menu,
    protocol,
  };
}

export type RecordingElectron = ReturnType<typeof createRecordingElectron>;
