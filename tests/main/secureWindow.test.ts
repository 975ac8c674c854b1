import { describe, expect, it } from 'vitest';
import { createSecureWindow, hardenSession } from '../../main/windows/secureWindow';
import { createRecordingElectron, type FakeSession } from '../support/electron/recordingElectron';

const bundle = { rendererDir: '/opt/Breakwise/out/renderer', preloadPath: '/opt/Breakwise/out/preload/index.cjs', isPackaged: true };

describe('the secure window factory', () => {
  it('creates every window sandboxed, context-isolated, without Node and without DevTools when packaged', () => {
    const electron = createRecordingElectron();
    createSecureWindow(electron.api.createWindow, bundle, { width: 300, show: true, webPreferences: { sandbox: false, nodeIntegration: true } });
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({
      width: 300,
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, devTools: false, preload: bundle.preloadPath },
    });
  });

  it('keeps DevTools for development builds only', () => {
    const electron = createRecordingElectron();
    createSecureWindow(electron.api.createWindow, { ...bundle, isPackaged: false }, {});
    expect(electron.windows[0]?.options.webPreferences?.devTools).toBe(true);
  });

  it('denies navigation, new windows and webviews', () => {
    const electron = createRecordingElectron();
    const window = createSecureWindow(electron.api.createWindow, bundle, {});
    const contents = electron.windows[0]?.webContents;
    expect(window).toBe(electron.windows[0]);
    expect(contents?.tryNavigate('will-navigate')).toBe(true);
    expect(contents?.tryNavigate('will-attach-webview')).toBe(true);
    expect(contents?.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission and cancels any request outside the bundle', () => {
    const { session } = createRecordingElectron();
    hardenSession(session, bundle);
    const granted: boolean[] = [];
    session.permissionRequest?.({}, 'notifications', (g) => granted.push(g));
    session.permissionRequest?.({}, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(session.permissionCheck?.()).toBe(false);
    expect(cancelled(session, 'app://breakwise/index.html#settings')).toBe(false);
    expect(cancelled(session, 'app://breakwise/assets/index.js')).toBe(false);
    expect(cancelled(session, 'https://example.com/track.js')).toBe(true);
    expect(cancelled(session, 'app://elsewhere/index.html')).toBe(true);
    // The renderer is no longer a file:// page: the folder it is built into is not a way in.
    expect(cancelled(session, 'file:///opt/Breakwise/out/renderer/index.html')).toBe(true);
    expect(cancelled(session, 'file:///etc/passwd')).toBe(true);
    expect(cancelled(session, 'devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it("lets DevTools' own pages load in a development build only", () => {
    const { session } = createRecordingElectron();
    hardenSession(session, { ...bundle, isPackaged: false });
    expect(cancelled(session, 'devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(cancelled(session, 'https://example.com/')).toBe(true);
  });
});

function cancelled(session: FakeSession, url: string): boolean | undefined {
  let result: boolean | undefined;
  session.beforeRequest?.({ url }, (r) => (result = r.cancel));
  return result;
}
