import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContextOptions, Page } from 'playwright';
import { build } from 'vite';
import type { PhaseKind } from '../../../preload/contract';
import { CONTENT_SECURITY_POLICY } from '../../../main/windows/appProtocol';

/**
 * The figures test page (figuresPage.html), built with the renderer's own toolchain into a
 * temporary folder and served on loopback under the app's Content-Security-Policy, and what the
 * figure tests do with it: show a figure in a phase, stop its animations at a moment, measure it.
 */
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export interface FiguresPage {
  readonly url: string;
  close(): void;
}

export async function serveFiguresPage(): Promise<FiguresPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'breakwise-figures-'));
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: false, rollupOptions: { input: join(import.meta.dirname, 'figuresPage.html') } },
  });
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(outDir, path);
    if (!file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).end(readFileSync(file));
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    }),
  );
  return {
    url: `http://127.0.0.1:${port}/figuresPage.html`,
    close: () => {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export interface FigureProps {
  readonly illustration: string;
  readonly phase?: PhaseKind;
  readonly repetition?: number;
  readonly phaseSeconds?: number;
  readonly paused?: boolean;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** A page of the figures test page in a browser context of its own (colour scheme, reduced motion). */
export async function openFiguresPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 940, height: 720 }, ...options });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as { __showFigure?: unknown }).__showFigure === 'function');
  return page;
}

/**
 * Shows a figure `widthPx` wide, and with `atMs` holds every animation of it at that time since
 * the phase began (the figure starts its phase's moves as it appears), so what follows is
 * measured or photographed at a known moment, however loaded the machine is.
 */
export async function showFigure(page: Page, props: FigureProps, widthPx: number, atMs?: number): Promise<void> {
  await page.evaluate(([shown, width]) => (window as unknown as { __showFigure(p: unknown, w: number): void }).__showFigure({ label: shown.illustration, ...shown }, width), [props, widthPx] as const);
  if (atMs !== undefined) await seekFigure(page, atMs);
}

export const seekFigure = (page: Page, atMs: number) =>
  page.evaluate((time) => {
    for (const animation of document.querySelector('svg')?.getAnimations({ subtree: true }) ?? []) {
      animation.pause();
      animation.currentTime = time;
    }
  }, atMs);

/** The figure's animations as they are now: running or not, and whether any never ends. */
export const figureAnimations = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('svg')?.getAnimations({ subtree: true }) ?? []).map((animation) => {
      const timing = animation.effect?.getComputedTiming();
      return { playState: animation.playState, endlessly: timing?.iterations === Infinity, durationMs: Number(timing?.duration ?? 0), endMs: Number(timing?.endTime ?? 0) };
    }),
  );

/** The box of the first element drawn as `part` (data-part), in page pixels; null if there is none or it is hidden. */
export async function partBox(page: Page, part: string): Promise<Box | null> {
  const element = page.locator(`svg [data-part="${part}"]`).first();
  return (await element.count()) === 0 ? null : element.boundingBox();
}

/** Every named part's box and opacity: the figure's pose, to compare two moments. */
export const pose = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('svg [data-part]')].map((element, index) => {
        const box = element.getBoundingClientRect();
        let opacity = 1;
        for (let node: Element | null = element; node !== null && node.tagName !== 'svg'; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
        return [`${element.getAttribute('data-part') ?? ''}#${index}`, { x: box.x, y: box.y, width: box.width, height: box.height, opacity }];
      }),
    ),
  );
export type Pose = Awaited<ReturnType<typeof pose>>;

/** The largest difference between two poses, in pixels of position or size (or 100 px for a part that appears or disappears). */
export function poseDistance(a: Pose, b: Pose): number {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  let largest = 0;
  for (const name of names) {
    const first = a[name];
    const second = b[name];
    if (first === undefined || second === undefined) return Number.POSITIVE_INFINITY;
    const visible = (opacity: number) => opacity > 0.5;
    if (visible(first.opacity) !== visible(second.opacity)) largest = Math.max(largest, 100);
    largest = Math.max(largest, Math.abs(first.x - second.x), Math.abs(first.y - second.y), Math.abs(first.width - second.width), Math.abs(first.height - second.height));
  }
  return largest;
}
