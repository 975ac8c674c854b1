import { execFile } from 'node:child_process';
import { win32 } from 'node:path';
import { assignOwnValues, describeError, emptyRawPolicy, type PolicyProblem, type RawPolicy } from './rawPolicy';
import { parseRegQuery } from './regQueryParser';

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
 */
export const MACHINE_POLICY_KEY = 'HKLM\\Software\\Policies\\Breakwise';
export const USER_POLICY_KEY = 'HKCU\\Software\\Policies\\Breakwise';
export const RECOMMENDED_SUBKEY = 'Recommended';

/** reg.exe exits with 1 for every failure; for a policy key that is, in practice, "the key does not exist". */
const REG_EXIT_NOT_FOUND = 1;
/** reg.exe answers in milliseconds; a minute means it hung, and the next re-read will try again. */
const REG_QUERY_TIMEOUT_MS = 60_000;
const HIVE_NAMES: Readonly<Record<string, string>> = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER' };

export interface CommandResult {
  readonly stdout: string;
  readonly exitCode: number;
}
/** Runs a program and reports how it exited; rejects only if it could not be run at all. */
export type RunCommand = (command: string, args: readonly string[]) => Promise<CommandResult>;

/**
 * The real reg.exe by absolute path: Windows looks for a bare `reg` in the current directory
 * before System32, so a planted reg.exe could otherwise answer with any policy it liked.
 * Output is decoded as UTF-8 although reg.exe writes the console code page: ASCII policy
 * values are exact, other characters in strings may come out garbled.
 */
export const REG_EXE = win32.join(process.env['SystemRoot'] ?? 'C:\\Windows', 'System32', 'reg.exe');

export const runWithExecFile: RunCommand = (command, args) =>
  new Promise((resolve, reject) => {
    execFile(command, [...args], { windowsHide: true, timeout: REG_QUERY_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout) => {
      if (error === null) resolve({ stdout, exitCode: 0 });
      // A numeric code is the program's exit code; anything else (ENOENT, a timeout's kill) means it did not run properly.
      else if (typeof error.code === 'number') resolve({ stdout, exitCode: error.code });
      else reject(error);
    });
  });

/** `HKLM\...` as the user typed it → `hkey_local_machine\...`, the form reg.exe prints, compared case-insensitively. */
const canonicalKey = (key: string): string => {
  const [hive = '', ...rest] = key.split('\\');
  return [HIVE_NAMES[hive.toUpperCase()] ?? hive, ...rest].join('\\').toLowerCase();
};

interface HivePolicy {
  readonly enforced: Record<string, unknown>;
  readonly recommended: Record<string, unknown>;
}

async function readHive(run: RunCommand, policyKey: string, problems: PolicyProblem[]): Promise<HivePolicy> {
  const hive: HivePolicy = { enforced: {}, recommended: {} };
  let result: CommandResult;
  try {
    result = await run(REG_EXE, ['query', policyKey, '/s']);
  } catch (error) {
    problems.push({ source: policyKey, reason: `could not run reg.exe: ${describeError(error)}` });
    return hive;
  }
  if (result.exitCode === REG_EXIT_NOT_FOUND) return hive; // "ERROR: The system was unable to find the specified registry key or value."
  if (result.exitCode !== 0) {
    problems.push({ source: policyKey, reason: `reg.exe failed with exit code ${result.exitCode}` });
    return hive;
  }

  const listing = parseRegQuery(result.stdout);
  problems.push(...listing.problems);
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
  return hive;
}

/** Reads machine and user policy; never rejects. */
export async function readWindowsRegistryPolicy(run: RunCommand = runWithExecFile): Promise<RawPolicy> {
  const policy = emptyRawPolicy();
  const machine = await readHive(run, MACHINE_POLICY_KEY, policy.problems);
  const user = await readHive(run, USER_POLICY_KEY, policy.problems);
  for (const hive of [user, machine]) {
    // User first, machine second: the machine's value overwrites the user's for the same key.
    assignOwnValues(policy.enforced, hive.enforced);
    assignOwnValues(policy.recommended, hive.recommended);
  }
  return policy;
}
