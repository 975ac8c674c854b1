import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright';
import type { Session } from '../../../preload/contract';
import { memoryPolicy } from '../../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../../main/preferences/preferencesData';
import { memoryDocument } from '../../../main/store/memoryDocument';
import { PreferencesService } from '../../../main/preferences/preferencesService';
import { settingsMethods } from '../../support/settingsBridge';
import { historyMethods, historyServiceWith } from '../../support/historyBridge';
import { TEST_TODAY } from '../../support/sessions';
import type { HistoryService } from '../../../main/history/historyService';
import { CONTENT_SECURITY_POLICY } from '../../../main/windows/appProtocol';

/**
 * Real Chromium for the renderer tests, driven by Playwright against the built renderer served
 * on loopback, with a test bridge standing in for the preload.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Which Chromium runs the tests: PLAYWRIGHT_CHROMIUM if set, else Debian's (what .ci/run
 * installs), else undefined for Playwright's own, which npm install fetched where no system
 * Chromium was found (scripts/postinstall.mjs applies the same rule).
 */
export function chromiumExecutable(): string | undefined {
  const chosen = process.env.PLAYWRIGHT_CHROMIUM;
  if (chosen !== undefined && chosen !== '') {
    if (!existsSync(chosen)) throw new Error(`PLAYWRIGHT_CHROMIUM is ${chosen}, which does not exist.`);
    return chosen;
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

const RENDERER_DIR = join(import.meta.dirname, '../../../out/renderer');
const SCREENSHOTS = join(import.meta.dirname, '../../../artifacts/screenshots');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  const launching = chromium.launch({
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (executablePath !== undefined) return launching;
  return launching.catch((error: Error) => {
    throw new Error(`${error.message}\nNo system Chromium at ${DEBIAN_CHROMIUM} and Playwright's own is missing: npm install fetches it (scripts/postinstall.mjs), or run "npx playwright install --only-shell chromium".`);
  });
}

/** Serves out/renderer on 127.0.0.1 (an ephemeral port). */
export function serveRenderer(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(RENDERER_DIR, path === '/' ? 'index.html' : path);
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    // The app's own policy, as app:// sends it with every file: the page must run under it here too.
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/index.html`, server });
  }));
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const CLOCK_LEAD_MS = 1_000;

const TEST_BRIDGE = join(import.meta.dirname, 'testBridge.js');

export const memoryPreferences = (): PreferencesService => new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(), () => 0);

export interface RendererOptions extends BrowserContextOptions {
  readonly now: number | null;
  /** Answers the bridge's settings calls (in Node, with the app's own checks). */
  readonly preferences?: PreferencesService;
  /** Answers the bridge's history calls: the real history service, and where an export is written. */
  readonly history?: { readonly service: HistoryService; readonly exportTo: (format: 'csv' | 'json') => Promise<string | null> };
  /** Which window to open: '' for the break/notice window, or '#settings', '#history', '#welcome', '#policy'. */
  readonly hash?: string;
  /** Runs in the page before its own scripts (spies on browser APIs, for example). */
  readonly initScript?: string;
  /** The address's query, such as '?locale=en-XA' for the pseudo-locale (renderer/src/i18n/i18n.ts, forcedLocale). */
  readonly search?: string;
}

export async function openRenderer(browser: Browser, url: string, session: Session, options: RendererOptions): Promise<Page> {
  const { now, preferences = memoryPreferences(), history = { service: historyServiceWith([], TEST_TODAY), exportTo: () => Promise.resolve(null) }, hash = '', initScript, search = '', ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const methods = { ...settingsMethods(preferences), ...historyMethods(history.service, history.exportTo) } as unknown as Record<string, (payload: unknown) => Promise<unknown>>;
  await page.exposeFunction('__settingsCall', (method: string, payload: unknown) => methods[method]?.(payload));
  preferences.onChange((view) => void page.evaluate((v) => (window as unknown as { __pushSettings(v: unknown): void }).__pushSettings(v), view).catch(() => undefined));
  if (now !== null) {
    // The page's clock stands still at `now` until the test moves it, however loaded the machine is.
    await page.clock.install({ time: now - CLOCK_LEAD_MS });
    await page.clock.pauseAt(now);
  }
  await page.addInitScript({ content: `window.__initialSession = ${JSON.stringify(session)};` });
  await page.addInitScript({ path: TEST_BRIDGE });
  if (initScript !== undefined) await page.addInitScript({ content: initScript });
  // Init scripts run before the page's own and are not subject to its CSP (which forbids inline scripts).
  await page.addInitScript({ content: AXE_SOURCE });
  await page.goto(`${url}${search}${hash}`);
  await page.getByRole('heading').first().waitFor({ state: 'attached' });
  return page;
}

export const bridgeCalls = (page: Page) => page.evaluate(() => (window as unknown as { __bridgeCalls: [string, unknown][] }).__bridgeCalls);

/** axe-core's findings of serious or critical impact on the page as it is now. */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  await page.clock.resume(); // axe waits on timers of its own
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * For a test file: build the renderer, serve it and start Chromium before its tests, stop them
 * after. The returned getters are valid inside the tests.
 */
export function rendererInChromium(hooks: { beforeAll: (fn: () => Promise<void>, timeoutMs: number) => void; afterAll: (fn: () => Promise<void>) => void }) {
  let browser: Browser | null = null;
  let served: { url: string; server: Server } | null = null;
  hooks.beforeAll(async () => {
    // out/renderer was built once for the whole run (tests/setup/buildOnce.ts).
    served = await serveRenderer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);
  hooks.afterAll(async () => {
    await browser?.close();
    served?.server.close();
  });
  const need = <T>(value: T | null): T => {
    if (value === null) throw new Error('Chromium is not running: use inside a test');
    return value;
  };
  return { browser: () => need(browser), url: () => need(served).url, screenshot: (name: string) => join(SCREENSHOTS, `${name}.png`) };
}
