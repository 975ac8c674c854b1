import type { Session } from '../../preload/contract';
import type { ScreenLike, WindowLike, WindowOptions } from '../platform/electronApi';
import { OVERLAY_WINDOW_OPTIONS } from './overlayWindow';

/**
 * The notice's one size, content and window alike (it has no frame). Fixed on purpose: a corner
 * window that grew with its text would jump over the person's work. Its layout fits this box in
 * every language and state (renderer/src/components/notice.css), and the fit test opens it at
 * exactly this size in Chromium (tests/e2e/fit.e2e.test.ts).
 */
export const NOTICE_SIZE = { width: 360, height: 132 } as const;
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
    this.window = this.createWindow({ ...OVERLAY_WINDOW_OPTIONS, ...NOTICE_SIZE, useContentSize: true, focusable: false, title: 'Breakwise notice' });
    this.load(this.window);
  }

  show(session: Session): void {
    const window = this.window;
    if (window === null || window.isDestroyed()) return;
    const area = this.screen.getPrimaryDisplay().workArea;
    window.setBounds({
      x: area.x + area.width - NOTICE_SIZE.width - EDGE_MARGIN,
      y: area.y + area.height - NOTICE_SIZE.height - EDGE_MARGIN,
      ...NOTICE_SIZE,
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
