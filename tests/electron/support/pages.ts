import type { Page } from 'playwright';

/**
 * Finding the app's pages and walking a break, for the development build (pages from
 * Playwright's Electron connection) and the packaged one (pages over the DevTools protocol)
 * alike. Pages are told apart by their address fragment — '#settings', '#history', '#welcome',
 * '' for the break and notice windows — never by scheme or path, so the same code finds them
 * whether the renderer is served from file:// or from the app's own scheme.
 */

export const routeOf = (page: Page): string | null => {
  try {
    return new URL(page.url()).hash;
  } catch {
    return null;
  }
};

const POLL_MS = 100;

/** Waits until `find` returns something, or fails naming `what` after `timeoutMs`. */
export async function eventually<T>(what: string, find: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find().catch(() => undefined);
    if (found !== undefined && found !== null && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The open page at `route` that has loaded (its first heading is attached). */
export function pageAt(pages: () => readonly Page[], route: string, timeoutMs?: number): Promise<Page> {
  return eventually(
    `a page at "${route}"`,
    async () => {
      for (const page of pages()) {
        if (page.isClosed() || routeOf(page) !== route) continue;
        if ((await page.getByRole('heading').count()) > 0) return page;
      }
      return undefined;
    },
    timeoutMs,
  );
}

/** The break window showing the player (with several displays, the first one found). */
export function breakPage(pages: () => readonly Page[], timeoutMs?: number): Promise<Page> {
  return eventually(
    'the break window to show an exercise',
    async () => {
      for (const page of pages()) {
        if (page.isClosed() || routeOf(page) !== '') continue;
        if (await page.locator('main.player h1').isVisible()) return page;
      }
      return undefined;
    },
    timeoutMs,
  );
}

/** What the break window shows of its first exercise: its name and its drawing's size on screen. */
export async function firstExercise(page: Page): Promise<{ name: string; drawing: { width: number; height: number } | null }> {
  const name = (await page.locator('main.break-screen h1').first().textContent())?.trim() ?? '';
  const drawing = await page.locator('main.break-screen .break-figure svg').first().boundingBox();
  return { name, drawing: drawing === null ? null : { width: drawing.width, height: drawing.height } };
}

const MAX_STEPS = 30;

/**
 * Plays the break as a person in a hurry would: "Skip this exercise" until the end, answers the
 * check-in (unless `feeling` is null), and goes back to work.
 */
export async function finishBreak(page: Page, feeling: 'Better' | 'The same' | 'Worse' | null = 'Better'): Promise<void> {
  const done = page.locator('main.done');
  for (let step = 0; step < MAX_STEPS && !(await done.isVisible()); step++) {
    await page.getByRole('button', { name: 'Skip this exercise' }).click();
  }
  await done.waitFor();
  if (feeling !== null) {
    await page.getByRole('button', { name: feeling }).click();
    await page.getByRole('status').getByText('Thanks — noted.').waitFor();
  }
  await page.getByRole('button', { name: 'Back to work' }).click();
}

/** Completes the first-run welcome with the standard plan, leaving start at login off. */
export async function completeWelcome(page: Page): Promise<void> {
  await page.getByRole('radio').first().waitFor();
  const startAtLogin = page.getByRole('checkbox', { name: 'Start Breakwise when I log in' });
  // A test run must never register the app to start at the machine's next login.
  if (await startAtLogin.isChecked()) await startAtLogin.uncheck();
  await page.getByRole('button', { name: 'Start Breakwise' }).click();
}

/** Whether the page's colour scheme is dark (what the person's theme choice sets). */
export const prefersDark = (page: Page): Promise<boolean> => page.evaluate('matchMedia("(prefers-color-scheme: dark)").matches') as Promise<boolean>;
