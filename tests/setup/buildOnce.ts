import { spawnSync } from 'node:child_process';

/**
 * Builds the app once before any test file runs. The smoke test and the Chromium tests all read
 * `out/`; building it per file let one file's build rewrite the bundle while another file was
 * loading pages from it.
 */
export default function buildOnce(): void {
  const build = spawnSync('npx', ['electron-vite', 'build'], { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (build.status !== 0) throw new Error(`the build for the tests failed:\n${build.stderr}`);
}
