// After `npm install` / `npm ci`: make sure the renderer's browser tests have a Chromium.
//
// Debian's /usr/bin/chromium is used where it exists (.ci/run installs it, and this machine has
// no route to Playwright's download servers); elsewhere — a fresh Windows, macOS or Ubuntu
// machine, GitHub's runners — Playwright's own headless Chromium is fetched once into its cache,
// so `npm install && npm test` needs no other step. tests/e2e/support/browser.ts picks the
// browser by the same rule. A failed download does not fail the install: the browser tests then
// say what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const say = (message) => console.log(`[postinstall] ${message}`);

function reasonToSkip() {
  if (process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD === '1') return 'PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1';
  const chosen = process.env.PLAYWRIGHT_CHROMIUM;
  if (chosen !== undefined && chosen !== '') return `PLAYWRIGHT_CHROMIUM is set (${chosen})`;
  if (existsSync(DEBIAN_CHROMIUM)) return `system Chromium found at ${DEBIAN_CHROMIUM}`;
  return null;
}

function playwrightCli() {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('playwright/package.json')), 'cli.js');
  } catch {
    // `npm ci --omit=dev` (a production install) has no Playwright and runs no browser tests.
    return null;
  }
}

const skip = reasonToSkip();
const cli = skip === null ? playwrightCli() : null;
if (skip !== null) {
  say(`browser tests will use the system Chromium, not Playwright's own (${skip}).`);
} else if (cli === null) {
  say('Playwright is not installed (no devDependencies): no browser fetched.');
} else {
  say("no system Chromium: fetching Playwright's headless Chromium for the browser tests.");
  // Playwright's headless shell is all the tests launch (they never run a headed browser).
  const run = spawnSync(process.execPath, [cli, 'install', '--only-shell', 'chromium'], { stdio: 'inherit' });
  if (run.status !== 0) {
    say(`fetching Chromium failed (exit ${run.status ?? run.signal}); the browser tests will fail until "npx playwright install --only-shell chromium" succeeds.`);
  }
}
