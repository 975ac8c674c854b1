import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtInLibrary } from '../main/app/routinePlanner';
import { buildRoutine } from '../main/core/exercises/routineBuilder';
import type { Session } from '../preload/contract';
import { launchChromium, openRenderer, serveRenderer } from '../tests/e2e/support/browser';

/**
 * The break window in real Chromium: its JavaScript size, and how fast a break appears — on a
 * window loaded once and kept hidden (Breakwise) against loading a new window for each break
 * (what the peers do).
 */
const RUNS = 20;
const BYTES_PER_KB = 1024;
const RENDERER_ASSETS = join(import.meta.dirname, '../out/renderer/assets');

const breakSession = (i: number): Session => ({
  mode: 'break',
  kind: 'micro',
  untilWallMs: Date.now() + 30_000,
  canSnooze: true,
  canSkip: true,
  steps: buildRoutine(builtInLibrary(), { kind: 'micro', durationSeconds: 30, positions: ['seated', 'standing'], excluded: [], lastExerciseId: i % 2 === 0 ? null : 'seated-chin-tuck' }),
});

/**
 * Runs in the page, as a plain JavaScript expression (so no compiler helpers leak in): pushes the
 * break and resolves with the milliseconds until the exercise title is in the DOM and two frames
 * have been painted.
 */
const measureBreakStart = (session: Session): string => `new Promise((resolve) => {
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (document.querySelector('#exercise-title') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  window.__pushSession(${JSON.stringify(session)});
})`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 0 ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : (sorted[mid] ?? 0);
};

const gzipKb = (files: readonly string[]): number => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(RENDERER_ASSETS, f)), { level: 9 }).length, 0) / BYTES_PER_KB;

/** The scripts a window loads before its first paint: the entry, and the chunks index.html preloads for it. */
function entryScripts(): string[] {
  const html = readFileSync(join(RENDERER_ASSETS, '../index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

/** What the break window loads: every window's code except what the other windows load when opened. */
export function rendererScriptGzipKb(): number {
  return gzipKb(entryScripts());
}

/** Every script of the bundle, the other windows' chunks included (what a new window per break would face at most). */
export function allScriptsGzipKb(): number {
  return gzipKb(readdirSync(RENDERER_ASSETS).filter((f) => f.endsWith('.js')));
}

export async function breakStartLatency(): Promise<{ preloadedMs: number; newWindowMs: number }> {
  const { url, server } = await serveRenderer();
  const browser = await launchChromium();
  try {
    // Pre-loaded: the page sits idle; the break arrives as a message; time until the exercise is painted.
    const page = await openRenderer(browser, url, { mode: 'idle' }, { now: null });
    const preloaded: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      preloaded.push(Number(await page.evaluate(measureBreakStart(breakSession(i)))));
      await page.evaluate(`window.__pushSession(${JSON.stringify({ mode: 'idle' })})`);
      await page.locator('#exercise-title').waitFor({ state: 'detached' });
    }
    // A new window per break: load the page with the break already waiting.
    const fresh: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = Date.now();
      const cold = await openRenderer(browser, url, breakSession(i), { now: null });
      await cold.locator('#exercise-title').waitFor();
      fresh.push(Date.now() - start);
      await cold.context().close();
    }
    return { preloadedMs: median(preloaded), newWindowMs: median(fresh) };
  } finally {
    await browser.close();
    server.close();
  }
}
