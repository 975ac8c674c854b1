import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, chromium, type Browser, type ElectronApplication, type Page } from 'playwright';

/**
 * Starting Breakwise for real: the development build (out/, built once per test run by
 * tests/setup/buildOnce.ts) through Playwright's Electron support, and the packaged, fused app
 * from `electron-builder --dir` over the DevTools protocol (its fuses turn Node's --inspect off,
 * which Playwright's Electron support needs).
 *
 * Every run gets a new data folder through Chromium's --user-data-dir switch, which Electron
 * honours as app.getPath('userData') — the folder of preferences.json, history.json and the
 * single-instance lock, so a second launch with the same switch reaches the running test app,
 * never a Breakwise the person runs. On Linux XDG_CONFIG_HOME points into it too, so nothing
 * (an autostart entry, say) lands in the real ~/.config.
 */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

export interface Sandbox {
  readonly userData: string;
  readonly env: NodeJS.ProcessEnv;
  /** Switches every launch in this sandbox carries. */
  readonly switches: readonly string[];
  readonly dispose: () => void;
}

export function newSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'breakwise-electron-'));
  const userData = join(root, 'user-data');
  return {
    userData,
    env: { ...process.env, XDG_CONFIG_HOME: join(root, 'config') },
    // Linux runners (and root) have no usable Chromium sandbox helper; the app accepts this switch.
    switches: [`--user-data-dir=${userData}`, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** How to start one copy of the app: the executable and what goes before Breakwise's own options. */
export interface Launcher {
  readonly command: string;
  readonly leadingArgs: readonly string[];
}

/** The development build, run by the Electron binary from node_modules. */
export const developmentLauncher = (electronBinary: string): Launcher => ({ command: electronBinary, leadingArgs: [PROJECT_ROOT] });

export async function launchDevelopment(sandbox: Sandbox): Promise<ElectronApplication> {
  // Playwright adds --no-sandbox on Linux itself; the app's directory is the first argument.
  return _electron.launch({ args: [PROJECT_ROOT, ...sandbox.switches.filter((s) => s !== '--no-sandbox')], env: stringEnv(sandbox.env), timeout: 60_000 });
}

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a second copy (`--break-now`, `--quit`, `--policy-report`…) to its end. */
export function runOnce(launcher: Launcher, sandbox: Sandbox, options: readonly string[], timeoutMs = 60_000): Promise<Finished> {
  const child = spawn(launcher.command, [...launcher.leadingArgs, ...options, ...sandbox.switches], { env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'] });
  return finished(child, timeoutMs, `${options.join(' ')}`);
}

/** Resolves when the process ends (killing it after `timeoutMs`, and then rejecting). */
export function finished(child: ChildProcess, timeoutMs: number, what: string): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise({ code: child.exitCode, signal: child.signalCode, stdout, stderr });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`"${what}" did not exit within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    timer.unref();
    child.once('error', (error) => (clearTimeout(timer), reject(error)));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // Let the pipes drain what the process wrote last.
      setImmediate(() => resolvePromise({ code, signal, stdout, stderr }));
    });
  });
}

/** history.json as the app left it: today's summary, if any. */
export function savedDays(sandbox: Sandbox): { date: string; breaksTaken: number; checkIns: { better: number } }[] {
  const file = join(sandbox.userData, 'history.json');
  if (!existsSync(file)) return [];
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { days?: { date: string; breaksTaken: number; checkIns: { better: number } }[] };
  return saved.days ?? [];
}

const stringEnv = (env: NodeJS.ProcessEnv): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));

/**
 * The packaged app's executable: `requested` itself when it is a path, or for `auto` the one
 * under dist/ (electron-builder's --dir output for this OS). Null when there is none.
 */
export function packagedExecutable(requested: string): string | null {
  if (requested !== 'auto') return existsSync(requested) ? requested : null;
  const dist = join(PROJECT_ROOT, 'dist');
  if (!existsSync(dist)) return null;
  const folders = readdirSync(dist);
  const candidates = folders.flatMap((folder) => {
    if (process.platform === 'linux' && /^linux(-\w+)?-unpacked$/.test(folder)) return [join(dist, folder, 'breakwise')];
    if (process.platform === 'win32' && /^win(-\w+)?-unpacked$/.test(folder)) return [join(dist, folder, 'Breakwise.exe')];
    if (process.platform === 'darwin' && /^mac(-\w+)?$/.test(folder)) return [join(dist, folder, 'Breakwise.app', 'Contents', 'MacOS', 'Breakwise')];
    return [];
  });
  return candidates.find((path) => existsSync(path)) ?? null;
}

export interface PackagedApp {
  readonly process: ChildProcess;
  readonly browser: Browser;
  readonly pages: () => Page[];
  readonly exited: Promise<Finished>;
}

const DEVTOOLS_LINE = /DevTools listening on (ws:\/\/\S+)/;

/**
 * Starts the packaged app with Chromium's DevTools endpoint on a free port (the switch is
 * Chromium's, which no fuse turns off) and connects Playwright to its pages.
 */
export async function launchPackaged(executable: string, sandbox: Sandbox, timeoutMs = 60_000): Promise<PackagedApp> {
  const child = spawn(executable, [...sandbox.switches, '--remote-debugging-port=0'], { env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = finished(child, 24 * 60 * 60 * 1000, 'the packaged app');
  let stderr = '';
  const endpoint = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint within ${timeoutMs} ms\nstderr: ${stderr}`)), timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = DEVTOOLS_LINE.exec(stderr);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolvePromise(match[1]);
    });
    void exited.then((end) => (clearTimeout(timer), reject(new Error(`the packaged app exited (${end.code ?? end.signal}) before it was ready\nstderr: ${stderr}`))));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const pages = () => browser.contexts().flatMap((context) => context.pages());
  return { process: child, browser, pages, exited };
}
