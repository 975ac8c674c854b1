import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MACHINE_POLICY_KEY,
  readWindowsRegistryPolicy,
  REG_EXE,
  runWithExecFile,
  USER_POLICY_KEY,
  type CommandResult,
  type RunCommand,
} from '../../../main/policy/readers/windowsRegistry';

const FIXTURES = join(import.meta.dirname, '../../fixtures/policy/windows');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const EXIT_OK = 0;
const EXIT_NOT_FOUND = 1;
const found = (name: string): CommandResult => ({ stdout: fixture(name), exitCode: EXIT_OK });
// reg.exe prints the "unable to find" message and exits with 1; where the text goes does not matter to the reader.
const notFound: CommandResult = { stdout: fixture('not-configured.txt'), exitCode: EXIT_NOT_FOUND };

/** A reg.exe stand-in that answers per key and records how it was called. */
function fakeReg(answers: { machine: CommandResult | Error; user: CommandResult | Error }): RunCommand & { calls: string[][] } {
  const calls: string[][] = [];
  const run = async (command: string, args: readonly string[]): Promise<CommandResult> => {
    calls.push([command, ...args]);
    const answer = args[1] === MACHINE_POLICY_KEY ? answers.machine : answers.user;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return Object.assign(run, { calls });
}

describe('Windows registry policy', () => {
  it('queries both policy keys recursively through reg.exe in System32', async () => {
    const reg = fakeReg({ machine: notFound, user: notFound });
    await readWindowsRegistryPolicy(reg);
    expect(reg.calls).toEqual([
      [REG_EXE, 'query', 'HKLM\\Software\\Policies\\Breakwise', '/s'],
      [REG_EXE, 'query', 'HKCU\\Software\\Policies\\Breakwise', '/s'],
    ]);
    expect(REG_EXE.toLowerCase()).toMatch(/\\system32\\reg\.exe$/);
  });

  it('reads values under the key as enforced and under Recommended as recommended', async () => {
    expect(await readWindowsRegistryPolicy(fakeReg({ machine: found('machine-policy.txt'), user: notFound }))).toEqual({
      enforced: { MicroBreakEveryMinutes: 20, StrictMode: 1, AdminContact: 'IT Service Desk, ext. 4242', DisabledExercises: ['neck-roll', 'wrist-circles'] },
      recommended: { LongBreakEveryMinutes: 60, SoundEnabled: 0 },
      problems: [],
    });
  });

  it('lets the machine win over the user for the same key, and keeps keys only the user set', async () => {
    const policy = await readWindowsRegistryPolicy(fakeReg({ machine: found('machine-policy.txt'), user: found('user-policy.txt') }));
    expect(policy.enforced).toMatchObject({ MicroBreakEveryMinutes: 20, PostureRemindersEnabled: 1 });
    expect(policy.recommended).toEqual({ LongBreakEveryMinutes: 60, SoundEnabled: 0, Theme: 'dark' });
    expect(policy.problems).toEqual([]);
  });

  it('treats a missing key as nothing configured, not as a problem', async () => {
    expect(await readWindowsRegistryPolicy(fakeReg({ machine: notFound, user: notFound }))).toEqual({ enforced: {}, recommended: {}, problems: [] });
  });

  it('passes on value problems and ignores values in other subkeys, while the valid rest applies', async () => {
    const policy = await readWindowsRegistryPolicy(fakeReg({ machine: found('all-value-types.txt'), user: notFound }));
    expect(policy.enforced).toMatchObject({ 'Admin Contact': 'Jo Smith  (Facilities)', MaxDword: 0xffff_ffff });
    expect(policy.recommended).toEqual({ Theme: 'light' });
    expect(policy.problems.map((p) => [p.source, p.key])).toEqual([
      ['HKEY_LOCAL_MACHINE\\Software\\Policies\\Breakwise', 'HugeQword'],
      ['HKEY_LOCAL_MACHINE\\Software\\Policies\\Breakwise', 'Logo'],
      ['HKEY_LOCAL_MACHINE\\Software\\Policies\\Breakwise', 'Nothing'],
      ['HKEY_LOCAL_MACHINE\\Software\\Policies\\Breakwise\\Extras', undefined],
    ]);
  });

  it('matches key names whatever their letter case, as the registry does', async () => {
    const stdout = '\r\nHKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\BREAKWISE\\RECOMMENDED\r\n    Theme    REG_SZ    dark\r\n\r\n';
    const policy = await readWindowsRegistryPolicy(fakeReg({ machine: notFound, user: { stdout, exitCode: EXIT_OK } }));
    expect(policy.recommended).toEqual({ Theme: 'dark' });
  });

  it('reports a reg.exe that cannot be started, and still reads the other hive', async () => {
    const policy = await readWindowsRegistryPolicy(fakeReg({ machine: new Error('spawn reg.exe ENOENT'), user: found('user-policy.txt') }));
    expect(policy.enforced).toEqual({ MicroBreakEveryMinutes: 45, PostureRemindersEnabled: 1 });
    expect(policy.problems).toEqual([{ source: MACHINE_POLICY_KEY, reason: 'could not run reg.exe: spawn reg.exe ENOENT' }]);
  });

  it('reports an unexpected exit code instead of trusting the output', async () => {
    const policy = await readWindowsRegistryPolicy(fakeReg({ machine: notFound, user: { stdout: fixture('user-policy.txt'), exitCode: 5 } }));
    expect(policy).toEqual({ enforced: {}, recommended: {}, problems: [{ source: USER_POLICY_KEY, reason: 'reg.exe failed with exit code 5' }] });
  });
});

describe('running reg.exe (checked here with node standing in for it)', () => {
  it('hands back the output and the exit code of a program that fails, as reg.exe does for a missing key', async () => {
    const script = 'process.stdout.write("ERROR: not found"); process.exit(1)';
    expect(await runWithExecFile(process.execPath, ['-e', script])).toEqual({ stdout: 'ERROR: not found', exitCode: 1 });
  });

  it('rejects when the program cannot be started at all', async () => {
    await expect(runWithExecFile('/nonexistent/reg.exe', ['query'])).rejects.toThrow(/ENOENT/);
  });
});
