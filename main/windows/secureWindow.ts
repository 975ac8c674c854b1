import type { SessionLike, WindowLike, WindowOptions } from '../platform/electronApi';
import { isBundleUrl } from './appProtocol';

/**
 * The one place a Breakwise window is made. Every window is sandboxed and context-isolated with
 * no Node, shows only pages from the app bundle (served on `app://breakwise`, with the CSP:
 * `appProtocol.ts`), cannot navigate, open windows or attach webviews, and is refused every
 * permission.
 */

export interface AppBundle {
  /** Absolute path of the built renderer folder (`out/renderer`). */
  readonly rendererDir: string;
  /** Absolute path of the built preload script. */
  readonly preloadPath: string;
  readonly isPackaged: boolean;
}

export function secureWindowOptions(bundle: AppBundle, options: WindowOptions): WindowOptions {
  return {
    ...options,
    show: false,
    webPreferences: {
      preload: bundle.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !bundle.isPackaged,
    },
  };
}

/** Links a page may hand to the OS: a help page over https, or an e-mail address. Nothing else leaves the app. */
export const isExternalLink = (url: string): boolean => /^https:\/\/[^\s]+$/.test(url) || /^mailto:[^\s]+$/.test(url);

export function createSecureWindow(
  create: (options: WindowOptions) => WindowLike,
  bundle: AppBundle,
  options: WindowOptions,
  openExternal: (url: string) => void = () => undefined,
): WindowLike {
  const window = create(secureWindowOptions(bundle, options));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  // A new window is never opened; an administrator's https or mailto link goes to the OS instead.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
  return window;
}

/**
 * Session-wide rules: no permission is ever granted, and any request outside the bundle is
 * cancelled (so no remote content and no network connection from a page; DevTools' own pages in
 * a development build only). The CSP comes with every response of the bundle (`serveBundle`).
 */
export function hardenSession(session: SessionLike, bundle: AppBundle): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isBundleUrl(details.url) && !(isDevTools(details.url) && !bundle.isPackaged) }));
}

const isDevTools = (url: string): boolean => url.startsWith('devtools://');
