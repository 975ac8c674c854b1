import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Whether this machine can run the real app: Electron's binary (which `npm install` downloads;
 * machines set up with ELECTRON_SKIP_BINARY_DOWNLOAD=1, like this project's own CI, have none)
 * and, on Linux, a display (CI's workflow runs the tests under xvfb-run).
 *
 * A suite that cannot run is skipped with one line saying why. A skipped suite proved nothing:
 * it is never a pass.
 */
export type ElectronAvailability = { readonly runs: true; readonly binary: string } | { readonly runs: false; readonly reason: string };

export function realElectron(): ElectronAvailability {
  let binary: unknown;
  try {
    // electron's index.js returns the binary's path, and throws when its install left none.
    binary = createRequire(import.meta.url)('electron');
  } catch (error) {
    return { runs: false, reason: `Electron's binary is not installed (${firstLine(error)})` };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return { runs: false, reason: `Electron's binary is not installed (no file at ${String(binary)})` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { runs: false, reason: 'there is no display (DISPLAY and WAYLAND_DISPLAY unset): run the tests under xvfb-run' };
  }
  return { runs: true, binary };
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Prints the one line a skipped suite leaves, at collection, and returns whether to skip. */
export function skipUnless(availability: { readonly runs: boolean; readonly reason?: string }, suite: string): boolean {
  if (!availability.runs) console.info(`skipped (not a pass): ${suite} — ${availability.reason ?? ''}`);
  return !availability.runs;
}
