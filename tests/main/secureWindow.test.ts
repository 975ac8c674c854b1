import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createSecureWindow, hardenSession, isBundleUrl } from '../../main/windows/secureWindow';
import { createRecordingElectron } from '../support/electron/recordingElectron';

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

  it('refuses every permission, cancels any request outside the bundle and sends the CSP', () => {
    const { session } = createRecordingElectron();
    hardenSession(session, bundle);
    const granted: boolean[] = [];
    session.permissionRequest?.({}, 'notifications', (g) => granted.push(g));
    session.permissionRequest?.({}, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(session.permissionCheck?.()).toBe(false);
    const cancelled = (url: string): boolean | undefined => {
      let result: boolean | undefined;
      session.beforeRequest?.({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('file:///opt/Breakwise/out/renderer/index.html')).toBe(false);
    expect(cancelled('file:///opt/Breakwise/out/renderer/assets/index.js')).toBe(false);
    expect(cancelled('https://example.com/track.js')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('file:///opt/Breakwise/out/renderer/../main/index.js')).toBe(true);
    let headers: Record<string, string[]> = {};
    session.headersReceived?.({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });

  it('recognises only pages inside the renderer folder as ours', () => {
    expect(isBundleUrl(bundle, 'file:///opt/Breakwise/out/renderer/index.html?view=break')).toBe(true);
    expect(isBundleUrl(bundle, 'file:///opt/Breakwise/out/rendererX/index.html')).toBe(false);
    expect(isBundleUrl(bundle, 'http://localhost:5173/index.html')).toBe(false);
  });
});
