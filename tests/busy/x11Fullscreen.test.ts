import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BusyReading } from '../../main/core/busy';
import { chooseBusySource } from '../../main/busy';
import { combineDetectors } from '../../main/busy/detector';
import { parseActiveWindow, parseFullscreenState, x11FullscreenDetector } from '../../main/busy/linux/x11Fullscreen';
import { execFileRunner, type CommandResult, type RunCommand } from '../../main/policy/readers/windowsRegistry';

/** Real xprop output (tests/fixtures/busy/xprop/README.md says how it was recorded). */
const recorded = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/busy/xprop', name), 'utf8');
const ok = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

/** xprop as a table: the active window, then that window's state. Records every call. */
function fakeXprop(active: CommandResult, state?: CommandResult) {
  const calls: string[][] = [];
  const run: RunCommand = (command, args) => {
    calls.push([command, ...args]);
    if (args[0] === '-root') return Promise.resolve(active);
    if (args[0] === '-id' && state !== undefined) return Promise.resolve(state);
    return Promise.reject(new Error(`unexpected xprop ${args.join(' ')}`));
  };
  return { run, calls };
}

const readFullscreen = (run: RunCommand): Promise<BusyReading> => combineDetectors([x11FullscreenDetector({ run })]).read(['fullscreen']);
const UNKNOWN: BusyReading = { reasons: [], unknown: ['fullscreen'] };

describe('full screen on X11, from xprop', () => {
  it('is full screen when the active window holds _NET_WM_STATE_FULLSCREEN, asking about that window', async () => {
    const xprop = fakeXprop(ok(recorded('active-fullscreen.txt')), ok(recorded('state-fullscreen.txt')));
    expect(await readFullscreen(xprop.run)).toEqual({ reasons: ['fullscreen'], unknown: [] });
    expect(xprop.calls).toEqual([
      ['xprop', '-root', '_NET_ACTIVE_WINDOW'],
      ['xprop', '-id', '0x60000c', '_NET_WM_STATE'],
    ]);
  });

  it('finds the full-screen atom among others', async () => {
    expect(await readFullscreen(fakeXprop(ok(recorded('active-fullscreen.txt')), ok(recorded('state-fullscreen-above.txt'))).run)).toEqual({
      reasons: ['fullscreen'],
      unknown: [],
    });
  });

  it('is not full screen for a plain window, a maximized one, or one without the property', async () => {
    for (const state of ['state-normal.txt', 'state-maximized.txt', 'state-notfound.txt']) {
      expect(await readFullscreen(fakeXprop(ok(recorded('active-normal.txt')), ok(recorded(state))).run)).toEqual({ reasons: [], unknown: [] });
    }
  });

  it('is not full screen when no window is active (window id 0), without a second call', async () => {
    const xprop = fakeXprop(ok('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n'));
    expect(await readFullscreen(xprop.run)).toEqual({ reasons: [], unknown: [] });
    expect(xprop.calls).toHaveLength(1);
  });

  it('is unknown when the window manager does not say which window is active', async () => {
    expect(await readFullscreen(fakeXprop(ok(recorded('active-notfound.txt'))).run)).toEqual(UNKNOWN);
  });

  it('is unknown when xprop exits 1: no X display, or the window closed between the two calls', async () => {
    const noDisplay = { stdout: '', stderr: recorded('nodisplay.err'), exitCode: 1 };
    expect(await readFullscreen(fakeXprop(noDisplay).run)).toEqual(UNKNOWN);
    const closed = { stdout: recorded('state-badwindow.out'), stderr: recorded('state-badwindow.err'), exitCode: 1 };
    expect(await readFullscreen(fakeXprop(ok(recorded('active-normal.txt')), closed).run)).toEqual(UNKNOWN);
  });

  it('is unknown when xprop prints something else', async () => {
    for (const garbage of ['', 'xprop: unknown option -root\n', '_NET_ACTIVE_WINDOW(CARDINAL) = 42\n', '\u0000\u0001binary']) {
      expect(await readFullscreen(fakeXprop(ok(garbage)).run)).toEqual(UNKNOWN);
    }
    expect(await readFullscreen(fakeXprop(ok(recorded('active-normal.txt')), ok('WM_NAME(STRING) = "xterm"\n')).run)).toEqual(UNKNOWN);
    expect(() => parseActiveWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # zz')).toThrow();
    expect(() => parseFullscreenState('_NET_WM_STATE(CARDINAL) = 1')).toThrow();
  });

  describe('run as a real child process', () => {
    it('is unknown when xprop is not installed', async () => {
      const runner = execFileRunner(1_000);
      const missing: RunCommand = (_, args) => runner(join(tmpdir(), 'breakwise-no-such-dir', 'xprop'), args);
      expect(await readFullscreen(missing)).toEqual(UNKNOWN);
    });

    // A shell script stands in for the hung program; Windows cannot run one directly.
    it.skipIf(process.platform === 'win32')('is unknown when xprop does not answer within the timeout, and the hung program is ended', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'breakwise-xprop-'));
      try {
        // A program that never answers: the read's own timeout must end it (short here, so the test does not wait).
        const hanging = join(dir, 'xprop');
        const pidFile = join(dir, 'pid');
        writeFileSync(hanging, `#!/bin/sh\necho $$ > '${pidFile}'\nexec tail -f /dev/null\n`);
        chmodSync(hanging, 0o755);
        const runner = execFileRunner(50);
        const run: RunCommand = (_, args) => runner(hanging, args);
        await expect(run('xprop', ['-root'])).rejects.toThrow(/did not finish within 50 ms/);
        // Ended, not left running (on a loaded machine it may be ended before it wrote its pid).
        if (existsSync(pidFile)) expect(() => process.kill(Number(readFileSync(pidFile, 'utf8')), 0)).toThrow(/ESRCH/);
        expect(await readFullscreen(run)).toEqual(UNKNOWN);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('is only asked on X11: a Wayland session and a session without DISPLAY leave full screen unknown without running xprop', async () => {
    const xprop = fakeXprop(ok(recorded('active-fullscreen.txt')), ok(recorded('state-fullscreen.txt')));
    const procRoot = join(tmpdir(), 'breakwise-no-such-proc');
    for (const env of [{ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' }, { XDG_SESSION_TYPE: 'tty' }]) {
      expect(await chooseBusySource('linux', { env, run: xprop.run, procRoot }).read(['fullscreen'])).toEqual(UNKNOWN);
    }
    expect(xprop.calls).toEqual([]);
    expect(await chooseBusySource('linux', { env: { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, run: xprop.run, procRoot }).read(['fullscreen'])).toEqual({
      reasons: ['fullscreen'],
      unknown: [],
    });
  });
});
