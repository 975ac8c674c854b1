import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY, isBundleUrl, pageUrl, serveBundle } from '../../main/windows/appProtocol';

const SECRET = 'secret outside the bundle';
let base: string;
let rendererDir: string;
let outsideFile: string;
let serve: (request: Request) => Promise<Response>;

/** The built renderer as a real folder, with a secret beside it and two links: one that stays inside, one that leaves. */
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'breakwise-protocol-'));
  rendererDir = join(base, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Breakwise</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("break");');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  mkdirSync(join(base, 'out', 'main'));
  writeFileSync(join(base, 'out', 'main', 'index.js'), SECRET);
  outsideFile = join(base, 'secret.txt');
  writeFileSync(outsideFile, SECRET);
  symlinkSync(outsideFile, join(rendererDir, 'assets', 'leak.txt'));
  symlinkSync(join(base, 'out', 'main'), join(rendererDir, 'main-dir'));
  symlinkSync(join(rendererDir, 'assets', 'index-abc.js'), join(rendererDir, 'alias.js'));
  serve = serveBundle(rendererDir);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('the app:// scheme', () => {
  it('is registered standard and secure, and neither CORS-readable by other origins nor exempt from the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });

  it('names each window by the fragment of the one page', () => {
    expect(pageUrl()).toBe('app://breakwise/index.html');
    expect(pageUrl('settings')).toBe('app://breakwise/index.html#settings');
  });

  it('counts only its own origin as the bundle', () => {
    expect(isBundleUrl('app://breakwise/index.html#settings')).toBe(true);
    expect(isBundleUrl('app://breakwise/assets/index-abc.js')).toBe(true);
    for (const url of ['app://evil/index.html', 'app://breakwise.evil/index.html', 'app://user@breakwise/index.html', 'app://breakwise:8080/index.html', 'file:///opt/Breakwise/out/renderer/index.html', 'https://breakwise/index.html', 'devtools://devtools/x.html', 'not a url']) {
      expect(isBundleUrl(url), url).toBe(false);
    }
  });
});

describe('serving the renderer bundle', () => {
  it('answers a page with its type and the CSP header', async () => {
    const response = await get(pageUrl('settings'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Breakwise</title>');
  });

  it('answers module scripts and styles with the types Chromium requires of them', async () => {
    expect((await get('app://breakwise/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://breakwise/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body and refuses every other method', async () => {
    const head = await get(pageUrl(), 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(pageUrl(), 'POST')).status).toBe(405);
  });

  it('follows a link that stays inside the bundle', async () => {
    expect(await (await get('app://breakwise/alias.js')).text()).toBe('console.log("break");');
  });

  const refused = [
    ['a climb out with ..', 'app://breakwise/../main/index.js'],
    ['a deeper climb with ..', 'app://breakwise/assets/../../../secret.txt'],
    ['an encoded climb (%2e%2e)', 'app://breakwise/%2e%2e/%2e%2e/secret.txt'],
    ['a climb with encoded slashes', 'app://breakwise/assets/..%2f..%2f..%2fsecret.txt'],
    ['a climb with encoded upper-case slashes', 'app://breakwise/assets/..%2F..%2F..%2Fsecret.txt'],
    ['a climb with encoded backslashes', 'app://breakwise/assets/..%5c..%5c..%5csecret.txt'],
    ['an absolute path after a double slash', 'app://breakwise//etc/passwd'],
    ['an encoded absolute path', 'app://breakwise/%2Fetc%2Fpasswd'],
    ['a Windows drive path', 'app://breakwise/C:%5CWindows%5Cwin.ini'],
    ['a NUL byte', 'app://breakwise/index.html%00.js'],
    ['a link inside the bundle that points outside', 'app://breakwise/assets/leak.txt'],
    ['a file under a linked folder outside', 'app://breakwise/main-dir/index.js'],
    ['a folder', 'app://breakwise/assets'],
    ['the bare origin', 'app://breakwise/'],
    ['a missing file', 'app://breakwise/nothing.js'],
    ['another host', 'app://evil/index.html'],
    ['a broken escape', 'app://breakwise/%E0%A4%A.js'],
  ] as const;

  it.each(refused)('refuses %s', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses the secret asked for by its absolute path', async () => {
    const response = await get(`app://breakwise/${encodeURIComponent(outsideFile)}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });
});
