import { promises as fs } from 'node:fs';
import { extname, join, relative, isAbsolute } from 'node:path';

/**
 * The renderer is served from `app://breakwise/`, not `file://`. The packaged app burns the
 * `grantFileProtocolExtraPrivileges` fuse off, and without it a `file://` page gets no asar
 * support and its module scripts come from a `null` origin that CORS refuses: the windows would
 * be blank. A standard, secure custom scheme gives the pages a real origin (`'self'` in the CSP
 * means exactly the bundle), and every response is ours to shape: the CSP travels as a header
 * here, the one place it is set (a `<meta>` tag cannot carry `frame-ancestors`, and applies only
 * from where the parser meets it).
 *
 *   app://breakwise/index.html            the break and notice windows
 *   app://breakwise/index.html#settings   settings (also #history, #welcome)
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'breakwise';

/**
 * For `protocol.registerSchemesAsPrivileged`, before the app is ready. Standard (relative URLs
 * resolve, the origin is `app://breakwise`) and secure; not `corsEnabled`, so no other origin
 * can read the bundle, and not `bypassCSP`.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** What a Breakwise page may load: its own scripts, styles, images and sounds, nothing else, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The address of the one page; `fragment` names the window (settings, history, welcome), none for break and notice. */
export const pageUrl = (fragment = ''): string => `${APP_SCHEME}://${APP_HOST}/index.html${fragment === '' ? '' : `#${fragment}`}`;

/** True for an address of the app's own bundle (what our windows load and request), and nothing else. */
export function isBundleUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

const HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };

const refusal = (status: 404 | 405): Response => new Response(status === 404 ? 'Not in the Breakwise bundle' : 'Method not allowed', { status, headers: HEADERS });

/**
 * The path segments of a request inside the bundle, or null for one that could leave it: an
 * empty, `.` or `..` segment (after percent-decoding, so `%2e%2e` counts), a segment with a
 * slash, backslash, colon or NUL in it (an encoded separator, a Windows drive or stream).
 */
function bundleSegments(pathname: string): string[] | null {
  const segments = pathname.split('/').slice(1);
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (name === '' || name === '.' || name === '..' || /[/\\:\0]/.test(name)) return null;
    decoded.push(name);
  }
  return decoded.length === 0 ? null : decoded;
}

const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * The `app://` handler: answers GET (and HEAD) for a file under `rootDir`, with its type and the
 * CSP, and 404 for anything else — a path that climbs out (`..`, encoded or not), an absolute
 * path, a folder, a missing file, or a link inside the bundle that points outside it (both ends
 * are resolved with realpath, which Electron's fs also does inside the asar).
 */
export function serveBundle(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    if (!isBundleUrl(request.url)) return refusal(404);
    const segments = bundleSegments(new URL(request.url).pathname);
    if (segments === null) return refusal(404);
    try {
      const [root, file] = await Promise.all([fs.realpath(rootDir), fs.realpath(join(rootDir, ...segments))]);
      if (!isInside(root, file) || !(await fs.stat(file)).isFile()) return refusal(404);
      const body = request.method === 'HEAD' ? null : await fs.readFile(file);
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(body, { status: 200, headers: { ...HEADERS, 'Content-Type': type } });
    } catch {
      return refusal(404);
    }
  };
}
