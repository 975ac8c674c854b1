import type { Session } from '../../preload/contract';
import type { ScreenLike, WindowLike, WindowOptions } from '../platform/electronApi';
import { OVERLAY_WINDOW_OPTIONS } from './overlayWindow';

const NOTICE_WIDTH = 360;
const NOTICE_HEIGHT = 132;
const EDGE_MARGIN = 16;

/**
 * The notice before a break: a small always-on-top window in the corner of the primary
 * display's work area that never takes keyboard focus (it is not focusable and is shown
 * inactive), so typing carries on undisturbed. Created once and reused.
 */
export class NoticeWindow {
  private window: WindowLike | null = null;

  constructor(
    private readonly screen: ScreenLike,
    private readonly createWindow: (options: WindowOptions) => WindowLike,
    private readonly load: (window: WindowLike) => void,
  ) {}

  start(): void {
    this.window = this.createWindow({ ...OVERLAY_WINDOW_OPTIONS, width: NOTICE_WIDTH, height: NOTICE_HEIGHT, focusable: false, title: 'Breakwise notice' });
    this.load(this.window);
  }

  show(session: Session): void {
    const window = this.window;
    if (window === null || window.isDestroyed()) return;
    const area = this.screen.getPrimaryDisplay().workArea;
    window.setBounds({
      x: area.x + area.width - NOTICE_WIDTH - EDGE_MARGIN,
      y: area.y + area.height - NOTICE_HEIGHT - EDGE_MARGIN,
      width: NOTICE_WIDTH,
      height: NOTICE_HEIGHT,
    });
    window.webContents.send('session:changed', session);
    window.setAlwaysOnTop(true, 'floating');
    window.showInactive();
  }

  hide(): void {
    if (this.window === null || this.window.isDestroyed()) return;
    this.window.webContents.send('session:changed', { mode: 'idle' });
    this.window.hide();
  }

  dispose(): void {
    if (this.window !== null && !this.window.isDestroyed()) this.window.destroy();
    this.window = null;
  }
}
