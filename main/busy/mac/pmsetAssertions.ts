import { execFileRunner, type RunCommand } from '../../policy/readers/windowsRegistry';
import type { BusyReason } from '../../core/busy';
import { readingFor, type BusyDetector } from '../detector';

/**
 * Display-sleep assertions on macOS, as `pmset -g assertions` lists them. A program that must
 * not have the display dim under it — a video call, a slide show, a film — holds
 * `PreventUserIdleDisplaySleep` (`NoDisplaySleepAssertion` on older systems). The listing names
 * the owning process:
 *
 *   Assertion status system-wide:
 *      PreventUserIdleDisplaySleep    1
 *      ...
 *   Listed by owning process:
 *      pid 812(Keynote): [0x0002a1c400019f3e] 00:41:07 PreventUserIdleDisplaySleep named: "<the app's words>"
 *           Details: ...
 *
 * A holder that presents or calls (by process name, below) is a "presentation"; any other holder
 * — a player, a browser playing a video, `caffeinate -d` — an "inhibitor". `powerd`'s own
 * `InternalPreventDisplaySleep` is a different type and does not count. Breakwise's own process
 * is left out. Output without the system-wide table is not pmset's and reads as unknown.
 */
export const PMSET_PATH = '/usr/bin/pmset';
export const PMSET_TIMEOUT_MS = 2_000;
const EXIT_SUCCESS = 0;
const DISPLAY_SLEEP_TYPES: ReadonlySet<string> = new Set(['PreventUserIdleDisplaySleep', 'NoDisplaySleepAssertion']);
/**
 * Process names of the presentation and meeting apps that hold the assertion while presenting
 * or in a call. Kept short on purpose: a program not listed is still busy, as "inhibitor".
 */
export const PRESENTING_PROCESSES: ReadonlySet<string> = new Set([
  'Keynote',
  'Microsoft PowerPoint',
  'zoom.us',
  'Microsoft Teams',
  'MSTeams',
  'FaceTime',
  'Webex',
]);

const SYSTEM_WIDE_HEADER = /^Assertion status system-wide:\s*$/m;
const SYSTEM_WIDE_DISPLAY_ROW = /^\s+PreventUserIdleDisplaySleep\s+\d+\s*$/m;
/** `pid 812(Keynote): [0x…] 00:41:07 PreventUserIdleDisplaySleep named: "…"` (older systems omit the process name and the age). */
const OWNED_ASSERTION = /^\s*pid (\d+)(?:\((.*?)\))?: \[0x[0-9a-f]+\]\s+(?:\d+:\d{2}:\d{2}\s+)?(\w+) named: "(.*)"\s*$/i;

export interface DisplaySleepHolder {
  readonly pid: number;
  readonly process: string;
  readonly name: string;
}

/** The processes holding display sleep off; throws when the text is not pmset's listing. */
export function parseDisplaySleepHolders(stdout: string): DisplaySleepHolder[] {
  if (!SYSTEM_WIDE_HEADER.test(stdout) || !SYSTEM_WIDE_DISPLAY_ROW.test(stdout)) {
    throw new Error(`pmset printed no system-wide assertion table: "${stdout.trim().slice(0, 80)}"`);
  }
  const holders: DisplaySleepHolder[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = OWNED_ASSERTION.exec(line);
    if (match === null) continue;
    const [, pid = '', process = '', type = '', name = ''] = match;
    if (DISPLAY_SLEEP_TYPES.has(type)) holders.push({ pid: Number(pid), process, name });
  }
  return holders;
}

export function classifyHolders(holders: readonly DisplaySleepHolder[], ownPid: number): BusyReason[] {
  const reasons = new Set<BusyReason>();
  for (const holder of holders) {
    if (holder.pid === ownPid) continue;
    reasons.add(PRESENTING_PROCESSES.has(holder.process) ? 'presentation' : 'inhibitor');
  }
  return [...reasons];
}

export interface PmsetOptions {
  readonly run?: RunCommand;
  /** Breakwise's own process, whose assertions are not someone else's meeting. */
  readonly ownPid?: number;
}

export function pmsetAssertionsDetector(options: PmsetOptions = {}): BusyDetector {
  const run = options.run ?? execFileRunner(PMSET_TIMEOUT_MS);
  const ownPid = options.ownPid ?? process.pid;
  return {
    name: 'display-sleep assertions (pmset)',
    signals: ['presentation', 'inhibitor'],
    async read(signals) {
      const result = await run(PMSET_PATH, ['-g', 'assertions']);
      if (result.exitCode !== EXIT_SUCCESS) throw new Error(`pmset exited with ${result.exitCode}`);
      return readingFor(signals, classifyHolders(parseDisplaySleepHolders(result.stdout), ownPid));
    },
  };
}
