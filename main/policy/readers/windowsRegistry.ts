import { execFile } from 'node:child_process';
import { realpath as realpathOfFile } from 'node:fs/promises';
import { win32 } from 'node:path';
import { assignOwnValues, describeError, emptyRawPolicy, type PolicyProblem, type PolicyReader, type RawPolicy } from './rawPolicy';
import { parseRegQuery, type RegQueryListing } from './regQueryParser';

/**
 * Windows policy, as Group Policy (ADMX) or Intune writes it:
 *
 *   HKLM\Software\Policies\Breakwise               values → enforced, for every user of the machine
 *   HKLM\Software\Policies\Breakwise\Recommended   values → recommended
 *   HKCU\Software\Policies\Breakwise[\Recommended]  the same, for the signed-in user
 *
 * A key set in both hives takes the machine's value, as Windows' own policies and Chromium do: the
 * machine is the broader, more deliberately managed scope. Only users with administrator rights
 * can write either Policies key. Software\Policies is shared between the 32- and 64-bit registry
 * views, so no `/reg:64` switch is needed.
 *
 * The keys are read with reg.exe (docs/architecture.md, "Reading the Windows registry", says why
 * not natively). A read that fails must not read as "no policy", which would unlock everything:
 *
 *   query <key> /s  ─ exit 0 ──▶ the listing (refused if it is not shaped like one)
 *        │ exit 1: missing, denied and every other error alike
 *        ▼
 *   query <parent>  ─ lists <key> ──────────▶ failed: the key is there but could not be read
 *        │          ─ does not list <key> ──▶ nothing configured
 *        │ exit 1
 *        ▼
 *   the same question one level up (a hive's root always exists)
 *
 * A failed hive keeps the values of its last good read and reports a problem.
 */
export const MACHINE_POLICY_KEY = 'HKLM\\Software\\Policies\\Breakwise';
export const USER_POLICY_KEY = 'HKCU\\Software\\Policies\\Breakwise';
export const RECOMMENDED_SUBKEY = 'Recommended';

/** Every program's exit code for success. */
const EXIT_SUCCESS = 0;
/** reg.exe exits with 1 for every failure, a missing key included; it has no other failure code. */
const REG_EXIT_FAILURE = 1;
/** reg.exe answers in milliseconds; a minute means it hung, and the next re-read will try again. */
export const REG_QUERY_TIMEOUT_MS = 60_000;
/** How much of reg.exe's own words a problem quotes: one line of an error message. */
const QUOTED_OUTPUT_CHARS = 120;
const HIVE_NAMES: Readonly<Record<string, string>> = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER' };

/**
 * The Windows directory as the kernel names it: `\SystemRoot` in the object manager's root is a
 * link the kernel sets at boot to the directory Windows runs from. Asking the file system for its
 * real path (GetFinalPathNameByHandle, behind Node's native realpath) gives that directory as a
 * drive path. Unlike the SystemRoot and windir variables, which anyone can set for their own
 * programs (HKCU\Environment, or a shell), nothing the person controls changes it.
 */
export const KERNEL_SYSTEM_ROOT = '\\\\?\\GLOBALROOT\\SystemRoot';
const DRIVE_DIRECTORY = /^[A-Za-z]:\\/;
/** What realpath may keep of the namespace prefix on a drive path. */
const WIN32_FILE_NAMESPACE = '\\\\?\\';

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}
/** Runs a program and reports how it exited; rejects if it could not be started, hung or was killed. */
export type RunCommand = (command: string, args: readonly string[]) => Promise<CommandResult>;
/** The real path of a file, with every link resolved (fs.promises.realpath). */
export type ResolveRealPath = (path: string) => Promise<string>;

export interface WindowsRegistryReaderOptions {
  readonly run?: RunCommand;
  readonly realpath?: ResolveRealPath;
}

/** Output is decoded as UTF-8 although reg.exe writes the console code page: ASCII is exact, other characters may come out garbled. */
export function execFileRunner(timeoutMs: number): RunCommand {
  return (command, args) =>
    new Promise((resolve, reject) => {
      execFile(command, [...args], { windowsHide: true, timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error === null) resolve({ stdout, stderr, exitCode: EXIT_SUCCESS });
        // A numeric code is the program's exit code; a string one (ENOENT, too much output) means it did not run properly.
        else if (typeof error.code === 'number') resolve({ stdout, stderr, exitCode: error.code });
        else if (error.killed === true && error.code === null) reject(new Error(`${command} did not finish within ${timeoutMs} ms`));
        else reject(error);
      });
    });
}
export const runWithExecFile = execFileRunner(REG_QUERY_TIMEOUT_MS);

/** reg.exe in the System32 of the Windows the kernel runs, never one found through the person's environment. */
export async function locateRegExe(realpath: ResolveRealPath): Promise<string> {
  let windows = await realpath(KERNEL_SYSTEM_ROOT);
  if (windows.startsWith(WIN32_FILE_NAMESPACE)) windows = windows.slice(WIN32_FILE_NAMESPACE.length);
  if (!DRIVE_DIRECTORY.test(windows)) throw new Error(`the Windows directory resolved to "${windows}", not a drive path`);
  return win32.join(windows, 'System32', 'reg.exe');
}

/** `HKLM\...` as the user typed it → `hkey_local_machine\...`, the form reg.exe prints, compared case-insensitively. */
const canonicalKey = (key: string): string => {
  const [hive = '', ...rest] = key.split('\\');
  return [HIVE_NAMES[hive.toUpperCase()] ?? hive, ...rest].join('\\').toLowerCase();
};
const parentKey = (key: string): string | undefined => (key.includes('\\') ? key.slice(0, key.lastIndexOf('\\')) : undefined);
const firstLine = (text: string): string => (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').trim().slice(0, QUOTED_OUTPUT_CHARS);

interface HivePolicy {
  readonly enforced: Record<string, unknown>;
  readonly recommended: Record<string, unknown>;
}
type HiveRead = { readonly kind: 'read'; readonly hive: HivePolicy; readonly problems: PolicyProblem[] } | { readonly kind: 'failed'; readonly reason: string };
type KeyPresence = { readonly kind: 'present' } | { readonly kind: 'absent' } | { readonly kind: 'unknown'; readonly reason: string };
type RegQuery = (args: readonly string[]) => Promise<CommandResult>;

const emptyHive = (): HivePolicy => ({ enforced: {}, recommended: {} });
const queryFailed = (key: string, result: CommandResult): string => {
  const said = firstLine(result.stderr) || firstLine(result.stdout);
  return `reg.exe could not read ${key} (exit code ${result.exitCode}${said === '' ? '' : `: ${said}`})`;
};

/**
 * Refuses output that is not a listing of `key`, since whatever printed it is not policy: text
 * with no key in it at all, or a key outside the one asked for (`direct`: only its own subkeys,
 * as a query without `/s` lists them).
 */
function unexpectedOutput(listing: RegQueryListing, stdout: string, key: string, depth: 'direct' | 'all'): string | undefined {
  if (listing.keys.length === 0 && listing.problems.length > 0) return `reg.exe printed no registry key for ${key}: "${firstLine(stdout)}"`;
  const asked = canonicalKey(key);
  for (const { path } of listing.keys) {
    const listed = path.toLowerCase();
    const below = listed.startsWith(`${asked}\\`) ? listed.slice(asked.length + 1) : undefined;
    const inside = listed === asked || (below !== undefined && (depth === 'all' || !below.includes('\\')));
    if (!inside) return `reg.exe listed ${path} when asked for ${key}`;
  }
  return undefined;
}

/** Whether `key` exists, told by its parent's list of subkeys: a failed query of the key itself cannot tell. */
async function findKey(reg: RegQuery, key: string): Promise<KeyPresence> {
  const parent = parentKey(key);
  if (parent === undefined) return { kind: 'present' }; // HKLM and HKCU always exist.
  const result = await reg(['query', parent]);
  if (result.exitCode === EXIT_SUCCESS) {
    const listing = parseRegQuery(result.stdout);
    const unexpected = unexpectedOutput(listing, result.stdout, parent, 'direct');
    if (unexpected !== undefined) return { kind: 'unknown', reason: unexpected };
    return listing.keys.some(({ path }) => path.toLowerCase() === canonicalKey(key)) ? { kind: 'present' } : { kind: 'absent' };
  }
  if (result.exitCode !== REG_EXIT_FAILURE) return { kind: 'unknown', reason: queryFailed(parent, result) };
  const parentPresence = await findKey(reg, parent);
  // A parent that exists but cannot be listed leaves the question open; a missing one answers it.
  return parentPresence.kind === 'present' ? { kind: 'unknown', reason: queryFailed(parent, result) } : parentPresence;
}

function hiveFromListing(listing: RegQueryListing, policyKey: string): HiveRead {
  const hive = emptyHive();
  const problems = [...listing.problems];
  const enforcedPath = canonicalKey(policyKey);
  const recommendedPath = `${enforcedPath}\\${RECOMMENDED_SUBKEY.toLowerCase()}`;
  for (const key of listing.keys) {
    const path = key.path.toLowerCase();
    if (path === enforcedPath) assignOwnValues(hive.enforced, key.values);
    else if (path === recommendedPath) assignOwnValues(hive.recommended, key.values);
    else if (Object.keys(key.values).length > 0) {
      problems.push({ source: key.path, reason: `ignored: policy is read only from ${policyKey} and its ${RECOMMENDED_SUBKEY} subkey` });
    }
  }
  return { kind: 'read', hive, problems };
}

async function readHive(reg: RegQuery, policyKey: string): Promise<HiveRead> {
  try {
    const result = await reg(['query', policyKey, '/s']);
    if (result.exitCode === EXIT_SUCCESS) {
      const listing = parseRegQuery(result.stdout);
      const unexpected = unexpectedOutput(listing, result.stdout, policyKey, 'all');
      return unexpected === undefined ? hiveFromListing(listing, policyKey) : { kind: 'failed', reason: unexpected };
    }
    if (result.exitCode !== REG_EXIT_FAILURE) return { kind: 'failed', reason: queryFailed(policyKey, result) };
    const presence = await findKey(reg, policyKey);
    if (presence.kind === 'absent') return { kind: 'read', hive: emptyHive(), problems: [] }; // Nothing configured here.
    return { kind: 'failed', reason: presence.kind === 'present' ? queryFailed(policyKey, result) : `could not tell whether ${policyKey} exists: ${presence.reason}` };
  } catch (error) {
    return { kind: 'failed', reason: `could not run reg.exe: ${describeError(error)}` };
  }
}

/**
 * The registry reader of a running app; create it once, so that it remembers each hive's last good
 * read. A hive that cannot be read keeps those values, and a problem says so: an empty policy
 * would unlock quitting, pausing and every minimum. Never rejects.
 */
export function createWindowsRegistryReader(options: WindowsRegistryReaderOptions = {}): PolicyReader {
  const run = options.run ?? runWithExecFile;
  const realpath = options.realpath ?? ((path: string) => realpathOfFile(path));
  const lastGood = new Map<string, HivePolicy>();
  let regExe: string | undefined;

  const read = async (policyKey: string, problems: PolicyProblem[]): Promise<HivePolicy> => {
    let outcome: HiveRead;
    try {
      regExe ??= await locateRegExe(realpath);
      const program = regExe;
      outcome = await readHive((args) => run(program, args), policyKey);
    } catch (error) {
      outcome = { kind: 'failed', reason: `could not find reg.exe: ${describeError(error)}` };
    }
    if (outcome.kind === 'read') {
      lastGood.set(policyKey, outcome.hive);
      problems.push(...outcome.problems);
      return outcome.hive;
    }
    const kept = lastGood.get(policyKey);
    const consequence = kept === undefined ? 'nothing from it applies until it can be read' : 'the values it had at the last good read still apply';
    problems.push({ source: policyKey, reason: `${outcome.reason}; ${consequence}` });
    return kept ?? emptyHive();
  };

  return async (): Promise<RawPolicy> => {
    const policy = emptyRawPolicy();
    const machine = await read(MACHINE_POLICY_KEY, policy.problems);
    const user = await read(USER_POLICY_KEY, policy.problems);
    for (const hive of [user, machine]) {
      // User first, machine second: the machine's value overwrites the user's for the same key.
      assignOwnValues(policy.enforced, hive.enforced);
      assignOwnValues(policy.recommended, hive.recommended);
    }
    return policy;
  };
}
