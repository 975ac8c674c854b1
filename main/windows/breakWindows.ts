import type { Display } from 'electron';
import type { Session } from '../../preload/contract';
import type { ScreenLike, WindowLike, WindowOptions } from '../platform/electronApi';
import { OVERLAY_WINDOW_OPTIONS } from './overlayWindow';

export type DisplayChoice = 'all' | 'primary';

/**
 * One break window per display (or on the primary only), created hidden at start-up and reused
 * for every break: showing a break never creates a window. Displays that come and go are
 * followed, during a break too; every window shows the same session, so all share one end time.
 */
export class BreakWindows {
  private readonly byDisplay = new Map<number, WindowLike>();
  private session: Session = { mode: 'idle' };

  constructor(
    private readonly screen: ScreenLike,
    private readonly createWindow: (options: WindowOptions) => WindowLike,
    private readonly load: (window: WindowLike) => void,
    private readonly choice: () => DisplayChoice,
    /** The windows' title in the language of the moment. */
    private readonly title: () => string,
  ) {}

  start(): void {
    this.sync();
    this.screen.on('display-added', () => this.sync());
    this.screen.on('display-removed', () => this.sync());
    this.screen.on('display-metrics-changed', (_event, display) => this.byDisplay.get(display.id)?.setBounds(display.bounds));
  }

  /**
   * A setting changed: match the windows to the display choice again (switching to the primary
   * display closes the others at once, during a break too) and retitle them.
   */
  refresh(): void {
    this.sync();
    for (const window of this.byDisplay.values()) window.setTitle(this.title());
  }

  show(session: Session): void {
    this.session = session;
    for (const window of this.byDisplay.values()) this.present(window);
  }

  hide(): void {
    this.session = { mode: 'idle' };
    for (const window of this.byDisplay.values()) {
      window.webContents.send('session:changed', this.session);
      window.hide();
    }
  }

  dispose(): void {
    for (const window of this.byDisplay.values()) if (!window.isDestroyed()) window.destroy();
    this.byDisplay.clear();
  }

  /** Match the windows to the displays: add the new, drop the gone, keep the rest. */
  private sync(): void {
    const wanted = this.wantedDisplays();
    for (const [id, window] of this.byDisplay) {
      if (wanted.some((d) => d.id === id)) continue;
      if (!window.isDestroyed()) window.destroy();
      this.byDisplay.delete(id);
    }
    for (const display of wanted) {
      if (this.byDisplay.has(display.id)) continue;
      const window = this.createWindow(breakWindowOptions(display, this.title()));
      this.load(window);
      this.byDisplay.set(display.id, window);
      if (this.session.mode === 'break') this.present(window);
    }
  }

  private wantedDisplays(): Display[] {
    return this.choice() === 'primary' ? [this.screen.getPrimaryDisplay()] : this.screen.getAllDisplays();
  }

  private present(window: WindowLike): void {
    window.webContents.send('session:changed', this.session);
    window.setAlwaysOnTop(true, 'screen-saver');
    window.show();
  }
}

const breakWindowOptions = (display: Display, title: string): WindowOptions => ({
  ...OVERLAY_WINDOW_OPTIONS,
  ...display.bounds,
  title,
  backgroundColor: '#1d2b2a',
});
