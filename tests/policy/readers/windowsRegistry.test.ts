import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createWindowsRegistryReader,
  execFileRunner,
  KERNEL_SYSTEM_ROOT,
  locateRegExe,
  MACHINE_POLICY_KEY,
  runWithExecFile,
  USER_POLICY_KEY,
  type CommandResult,
  type ResolveRealPath,
  type RunCommand,
} from '../../../main/policy/readers/windowsRegistry';

const FIXTURES = join(import.meta.dirname, '../../fixtures/policy/windows');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_UNEXPECTED = 5;
const REG_EXE = 'C:\\Windows\\System32\\reg.exe';

const printed = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: EXIT_OK });
const found = (name: string): CommandResult => printed(fixture(name));
const failed = (stderr: string, exitCode = EXIT_FAILED): CommandResult => ({ stdout: '', stderr, exitCode });
// reg.exe says both of these with exit code 1; the words are localized, so the reader never reads them.
const NOT_FOUND = failed(fixture('not-configured.txt'));
const ACCESS_DENIED = failed('ERROR: Access is denied.\r\n');
/** What `reg query <parent>` prints: one line per subkey. */
const subkeys = (parent: string, ...names: string[]): CommandResult => printed(['', ...names.map((name) => `${parent}\\${name}`), ''].join('\r\n'));

const MACHINE_QUERY = `${MACHINE_POLICY_KEY} /s`;
const USER_QUERY = `${USER_POLICY_KEY} /s`;
const MACHINE_POLICIES = 'HKLM\\Software\\Policies';
const USER_POLICIES = 'HKCU\\Software\\Policies';

type Answer = CommandResult | Error;
/** A machine where neither hive has a Breakwise key, and the Policies keys list only Microsoft's. */
const NOTHING_CONFIGURED: Readonly<Record<string, Answer>> = {
  [MACHINE_QUERY]: NOT_FOUND,
  [MACHINE_POLICIES]: subkeys('HKEY_LOCAL_MACHINE\\Software\\Policies', 'Microsoft'),
  [USER_QUERY]: NOT_FOUND,
  [USER_POLICIES]: subkeys('HKEY_CURRENT_USER\\Software\\Policies', 'Microsoft'),
};

/** A reg.exe stand-in that answers each query by its arguments (`HKLM\...\Breakwise /s`) and records how it was called. */
function fakeReg(answers: Readonly<Record<string, Answer>>): RunCommand & { calls: string[][]; answers: Record<string, Answer> } {
  const calls: string[][] = [];
  const state = { ...answers };
  const run = async (command: string, args: readonly string[]): Promise<CommandResult> => {
    calls.push([command, ...args]);
    const answer = state[args.slice(1).join(' ')] ?? new Error(`the fake has no answer for: reg ${args.join(' ')}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return Object.assign(run, { calls, answers: state });
}

const kernelSays =
  (windows: string): ResolveRealPath =>
  async (path) => {
    if (path === KERNEL_SYSTEM_ROOT) return windows;
    throw Object.assign(new Error(`ENOENT: no such file or directory, realpath '${path}'`), { code: 'ENOENT' });
  };
const readerOn = (reg: RunCommand, windows = 'C:\\Windows') => createWindowsRegistryReader({ run: reg, realpath: kernelSays(windows) });
const readOnce = (reg: RunCommand) => readerOn(reg)();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Windows registry policy', () => {
  it('queries both policy keys recursively, once each when both exist', async () => {
    const reg = fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: found('machine-policy.txt'), [USER_QUERY]: found('user-policy.txt') });
    await readOnce(reg);
    expect(reg.calls).toEqual([
      [REG_EXE, 'query', 'HKLM\\Software\\Policies\\Breakwise', '/s'],
      [REG_EXE, 'query', 'HKCU\\Software\\Policies\\Breakwise', '/s'],
    ]);
  });

  it('reads values under the key as enforced and under Recommended as recommended', async () => {
    expect(await readOnce(fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: found('machine-policy.txt') }))).toEqual({
      enforced: { MicroBreakEveryMinutes: 20, StrictMode: 1, AdminContact: 'IT Service Desk, ext. 4242', DisabledExercises: ['neck-roll', 'wrist-circles'] },
      recommended: { LongBreakEveryMinutes: 60, SoundEnabled: 0 },
      problems: [],
    });
  });

  it('lets the machine win over the user for the same key, and keeps keys only the user set', async () => {
    const policy = await readOnce(fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: found('machine-policy.txt'), [USER_QUERY]: found('user-policy.txt') }));
    expect(policy.enforced).toMatchObject({ MicroBreakEveryMinutes: 20, PostureRemindersEnabled: 1 });
    expect(policy.recommended).toEqual({ LongBreakEveryMinutes: 60, SoundEnabled: 0, Theme: 'dark' });
    expect(policy.problems).toEqual([]);
  });

  it('treats a key its parent does not list as nothing configured, not as a problem', async () => {
    const reg = fakeReg(NOTHING_CONFIGURED);
    expect(await readOnce(reg)).toEqual({ enforced: {}, recommended: {}, problems: [] });
    expect(reg.calls.map((call) => call.slice(1).join(' '))).toEqual([`query ${MACHINE_QUERY}`, `query ${MACHINE_POLICIES}`, `query ${USER_QUERY}`, `query ${USER_POLICIES}`]);
  });

  it('passes on value problems and ignores values in other subkeys, while the valid rest applies', async () => {
    const policy = await readOnce(fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: found('all-value-types.txt') }));
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
    const policy = await readOnce(fakeReg({ ...NOTHING_CONFIGURED, [USER_QUERY]: printed(stdout) }));
    expect(policy.recommended).toEqual({ Theme: 'dark' });
  });

  it('reads a key that exists but cannot be read as a failure, not as nothing configured', async () => {
    const policy = await readOnce(
      fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: ACCESS_DENIED, [MACHINE_POLICIES]: subkeys('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies', 'Breakwise', 'Microsoft') }),
    );
    expect(policy).toEqual({
      enforced: {},
      recommended: {},
      problems: [
        {
          source: MACHINE_POLICY_KEY,
          reason: `reg.exe could not read ${MACHINE_POLICY_KEY} (exit code 1: ERROR: Access is denied.); nothing from it applies until it can be read`,
        },
      ],
    });
  });

  it('climbs to the first key it can list: a missing Policies key means nothing configured, an unlistable one is a failure', async () => {
    const reg = fakeReg({ ...NOTHING_CONFIGURED, [USER_POLICIES]: NOT_FOUND, 'HKCU\\Software': subkeys('HKEY_CURRENT_USER\\Software', 'Microsoft') });
    const read = readerOn(reg);
    expect((await read()).problems).toEqual([]);

    reg.answers['HKCU\\Software'] = subkeys('HKEY_CURRENT_USER\\Software', 'Microsoft', 'Policies');
    expect((await read()).problems).toEqual([{ source: USER_POLICY_KEY, reason: expect.stringContaining(`reg.exe could not read ${USER_POLICIES} (exit code 1`) }]);
  });

  describe('after a good read, a hive that fails keeps its values and reports a problem', () => {
    const hungFor = `${REG_EXE} did not finish within 60000 ms`;
    it.each<[string, Readonly<Record<string, Answer>>, RegExp]>([
      ['access denied on a key that exists', { [MACHINE_QUERY]: ACCESS_DENIED, [MACHINE_POLICIES]: subkeys('HKEY_LOCAL_MACHINE\\Software\\Policies', 'Breakwise') }, /Access is denied/],
      ['an exit code reg.exe does not use', { [MACHINE_QUERY]: failed('', EXIT_UNEXPECTED) }, /exit code 5\)/],
      ['reg.exe missing', { [MACHINE_QUERY]: Object.assign(new Error(`spawn ${REG_EXE} ENOENT`), { code: 'ENOENT' }) }, /could not run reg\.exe: spawn .* ENOENT/],
      ['reg.exe hanging past its timeout', { [MACHINE_QUERY]: new Error(hungFor) }, /did not finish within 60000 ms/],
      // UTF-16 output read as UTF-8, say: a byte-order mark and NULs between the letters.
      ['output that is not a listing', { [MACHINE_QUERY]: printed('\u00ff\u00feH\u0000K\u0000E\u0000Y\u0000\r\n') }, /printed no registry key for .*: "\u00ff\u00feH/],
      ['a listing of some other key', { [MACHINE_QUERY]: printed('\r\nHKEY_LOCAL_MACHINE\\Software\\Other\r\n    AllowQuit    REG_DWORD    0x1\r\n') }, /listed HKEY_LOCAL_MACHINE\\Software\\Other when asked/],
      ['a failure it cannot place, the parent unlistable too', { [MACHINE_QUERY]: NOT_FOUND, [MACHINE_POLICIES]: failed('', EXIT_UNEXPECTED) }, /could not tell whether .* exists/],
      ['a parent listing that is not a listing', { [MACHINE_QUERY]: NOT_FOUND, [MACHINE_POLICIES]: printed('Zugriff verweigert\r\n') }, /could not tell whether .* exists: reg\.exe printed no registry key/],
    ])('%s', async (_what, failure, reason) => {
      const reg = fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: found('machine-policy.txt') });
      const read = readerOn(reg);
      const good = await read();

      Object.assign(reg.answers, failure);
      const policy = await read();
      expect(policy.enforced).toEqual(good.enforced);
      expect(policy.recommended).toEqual(good.recommended);
      expect(policy.problems).toEqual([{ source: MACHINE_POLICY_KEY, reason: expect.stringMatching(reason) }]);
      expect(policy.problems[0]?.reason).toMatch(/the values it had at the last good read still apply$/);
    });

    it('and lets the values go once the key is really gone', async () => {
      const reg = fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: found('machine-policy.txt') });
      const read = readerOn(reg);
      await read();
      reg.answers[MACHINE_QUERY] = NOT_FOUND;
      expect(await read()).toEqual({ enforced: {}, recommended: {}, problems: [] });
    });

    it('keeps each hive on its own: the user hive failing leaves the machine hive current', async () => {
      const reg = fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: found('machine-policy.txt'), [USER_QUERY]: found('user-policy.txt') });
      const read = readerOn(reg);
      await read();
      reg.answers[MACHINE_QUERY] = NOT_FOUND;
      reg.answers[USER_QUERY] = ACCESS_DENIED;
      reg.answers[USER_POLICIES] = subkeys('HKEY_CURRENT_USER\\Software\\Policies', 'Breakwise');
      const policy = await read();
      expect(policy.enforced).toEqual({ MicroBreakEveryMinutes: 45, PostureRemindersEnabled: 1 });
      expect(policy.problems.map((problem) => problem.source)).toEqual([USER_POLICY_KEY]);
    });
  });

  it('runs the reg.exe of the Windows directory the kernel names, whatever SystemRoot and windir say', async () => {
    vi.stubEnv('SystemRoot', 'C:\\Users\\pat\\fake-windows');
    vi.stubEnv('windir', 'C:\\Users\\pat\\fake-windows');
    const reg = fakeReg({ ...NOTHING_CONFIGURED, [MACHINE_QUERY]: found('machine-policy.txt'), [USER_QUERY]: found('user-policy.txt') });
    await readerOn(reg, 'D:\\WINNT')();
    expect(reg.calls.map(([command]) => command)).toEqual(['D:\\WINNT\\System32\\reg.exe', 'D:\\WINNT\\System32\\reg.exe']);
  });

  it('reports a Windows directory it cannot resolve, and runs nothing rather than guess', async () => {
    const reg = fakeReg(NOTHING_CONFIGURED);
    const policy = await createWindowsRegistryReader({ run: reg, realpath: () => Promise.reject(new Error('EPERM')) })();
    expect(reg.calls).toEqual([]);
    expect(policy.problems).toEqual([
      { source: MACHINE_POLICY_KEY, reason: 'could not find reg.exe: EPERM; nothing from it applies until it can be read' },
      { source: USER_POLICY_KEY, reason: 'could not find reg.exe: EPERM; nothing from it applies until it can be read' },
    ]);
  });
});

describe('finding reg.exe', () => {
  it('takes the drive path the kernel resolves, with or without the namespace prefix', async () => {
    expect(await locateRegExe(kernelSays('E:\\Windows'))).toBe('E:\\Windows\\System32\\reg.exe');
    expect(await locateRegExe(kernelSays('\\\\?\\C:\\WINDOWS'))).toBe('C:\\WINDOWS\\System32\\reg.exe');
  });

  it('refuses an answer that is not a drive path', async () => {
    await expect(locateRegExe(kernelSays('\\\\server\\share\\Windows'))).rejects.toThrow(/not a drive path/);
  });
});

describe('running reg.exe (checked here with node standing in for it)', () => {
  /** Long enough for node to start on a busy machine; the stand-in below would wait far longer. */
  const SHORT_TIMEOUT_MS = 300;

  it('hands back the output, the error output and the exit code of a program that fails, as reg.exe does', async () => {
    const script = 'process.stdout.write("partial"); process.stderr.write("ERROR: Access is denied."); process.exit(1)';
    expect(await runWithExecFile(process.execPath, ['-e', script])).toEqual({ stdout: 'partial', stderr: 'ERROR: Access is denied.', exitCode: 1 });
  });

  it('rejects when the program cannot be started at all', async () => {
    await expect(runWithExecFile('/nonexistent/reg.exe', ['query'])).rejects.toThrow(/ENOENT/);
  });

  it('rejects, naming the time allowed, when the program does not finish in time', async () => {
    await expect(execFileRunner(SHORT_TIMEOUT_MS)(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'])).rejects.toThrow(`did not finish within ${SHORT_TIMEOUT_MS} ms`);
  });
});
