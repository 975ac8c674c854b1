import { execFileRunner, type RunCommand } from '../../policy/readers/windowsRegistry';
import { readingFor, type BusyDetector } from '../detector';

/**
 * Full screen on X11: whether the window the window manager calls active
 * (`_NET_ACTIVE_WINDOW` on the root window) has `_NET_WM_STATE_FULLSCREEN` in its
 * `_NET_WM_STATE` (Extended Window Manager Hints). Read with `xprop` from x11-utils, found on
 * the PATH, so no X library is linked into Breakwise:
 *
 *   xprop -root _NET_ACTIVE_WINDOW   →  _NET_ACTIVE_WINDOW(WINDOW): window id # 0x40000c
 *   xprop -id 0x40000c _NET_WM_STATE →  _NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_ABOVE
 *
 * Anything else — no xprop, a non-zero exit (no display, the window closed in between), no answer
 * within the timeout, text of another shape, a window manager that does not set the active
 * window — is unknown. A Wayland session is never asked: XWayland sees only X11 windows, so the
 * caller leaves this detector out there.
 */
export const XPROP_TIMEOUT_MS = 1_000;
const EXIT_SUCCESS = 0;
const ACTIVE_WINDOW = /^_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]+)/i;
const WINDOW_STATE = /^_NET_WM_STATE\(ATOM\) =(.*)$/;
/** What xprop prints for a window without the property: per EWMH, no state at all. */
const STATE_NOT_SET = /^_NET_WM_STATE: {2}not found\.$/;
const FULLSCREEN_ATOM = '_NET_WM_STATE_FULLSCREEN';
const NO_WINDOW = 0;

export interface X11FullscreenOptions {
  /** Runs xprop; the default runs it with `XPROP_TIMEOUT_MS`. */
  readonly run?: RunCommand;
}

async function xprop(run: RunCommand, args: readonly string[]): Promise<string> {
  const result = await run('xprop', args);
  if (result.exitCode !== EXIT_SUCCESS) throw new Error(`xprop ${args.join(' ')} exited with ${result.exitCode}: ${result.stderr.trim().split('\n')[0] ?? ''}`);
  return result.stdout.trim();
}

/** The active window's id, null when no window is active; throws on anything else. */
export function parseActiveWindow(stdout: string): string | null {
  const match = ACTIVE_WINDOW.exec(stdout.trim());
  if (match?.[1] === undefined) throw new Error(`xprop printed no active window: "${stdout.trim().slice(0, 80)}"`);
  return Number.parseInt(match[1], 16) === NO_WINDOW ? null : match[1];
}

/** Whether a window's `_NET_WM_STATE` holds the full-screen atom; throws on text of another shape. */
export function parseFullscreenState(stdout: string): boolean {
  const text = stdout.trim();
  if (STATE_NOT_SET.test(text)) return false;
  const match = WINDOW_STATE.exec(text);
  if (match === null) throw new Error(`xprop printed no window state: "${text.slice(0, 80)}"`);
  const atoms = (match[1] ?? '').split(',').map((atom) => atom.trim());
  return atoms.includes(FULLSCREEN_ATOM);
}

export async function activeWindowIsFullscreen(run: RunCommand): Promise<boolean> {
  const window = parseActiveWindow(await xprop(run, ['-root', '_NET_ACTIVE_WINDOW']));
  if (window === null) return false;
  return parseFullscreenState(await xprop(run, ['-id', window, '_NET_WM_STATE']));
}

export function x11FullscreenDetector(options: X11FullscreenOptions = {}): BusyDetector {
  const run = options.run ?? execFileRunner(XPROP_TIMEOUT_MS);
  return {
    name: 'X11 active window full screen (xprop)',
    signals: ['fullscreen'],
    async read(signals) {
      return readingFor(signals, (await activeWindowIsFullscreen(run)) ? ['fullscreen'] : []);
    },
  };
}
