import type { WindowLike, WindowOptions } from '../platform/electronApi';

/** The ordinary windows the person opens from the tray, and the first-run welcome. */
export type AppWindowName = 'settings' | 'history' | 'welcome';

const SIZES: Record<AppWindowName, { width: number; height: number }> = {
  settings: { width: 760, height: 820 },
  history: { width: 860, height: 760 },
  welcome: { width: 640, height: 720 },
};

/**
 * Opens each app window on demand, one of each: asking again focuses the open one. They are
 * rarely used, so unlike the break windows they are not kept around once closed.
 */
export class AppWindows {
  private readonly open = new Map<AppWindowName, WindowLike>();

  constructor(
    private readonly createWindow: (options: WindowOptions) => WindowLike,
    private readonly load: (window: WindowLike, hash: string) => void,
    /** The window's title in the language of the moment. */
    private readonly title: (name: AppWindowName) => string,
  ) {}

  show(name: AppWindowName): void {
    const existing = this.open.get(name);
    if (existing !== undefined && !existing.isDestroyed()) {
      existing.show();
      existing.focus();
      return;
    }
    const { width, height } = SIZES[name];
    const window = this.createWindow({ width, height, title: this.title(name), show: false, resizable: true, minimizable: true, autoHideMenuBar: true });
    this.open.set(name, window);
    window.once('closed', () => this.open.delete(name));
    this.load(window, name);
    window.show();
  }

  close(name: AppWindowName): void {
    this.open.get(name)?.close();
    this.open.delete(name);
  }

  /** The language changed: every open window takes its title in the new one. */
  retitle(): void {
    for (const [name, window] of this.open) if (!window.isDestroyed()) window.setTitle(this.title(name));
  }

  isOpen(name: AppWindowName): boolean {
    return this.open.has(name);
  }

  dispose(): void {
    [...this.open.values()].forEach((window) => window.isDestroyed() || window.destroy());
    this.open.clear();
  }
}
