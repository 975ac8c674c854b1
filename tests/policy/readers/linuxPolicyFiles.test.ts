import { chmod, chown, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLinuxPolicyFiles } from '../../../main/policy/readers/linuxPolicyFiles';

/**
 * Real files with real owners and modes in a private temp root. The ownership cases need root
 * (to hand a file to another uid); everything else runs as any user, trusting that user's uid.
 */
const IS_ROOT = process.getuid?.() === 0;
const TRUSTED_UID = process.getuid?.() ?? 0;
const OTHER_UID = 1234;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;

let root: string;
const managed = (): string => join(root, 'etc/breakwise/policies/managed');
const recommended = (): string => join(root, 'etc/breakwise/policies/recommended');
const read = () => readLinuxPolicyFiles({ root, trustedOwnerUid: TRUSTED_UID });

async function makeDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
  // Explicit modes everywhere: a machine's umask (002 on some) must not decide the outcome.
  for (let dir = path; dir.startsWith(root) && dir !== root; dir = join(dir, '..')) await chmod(dir, DIR_MODE);
}

async function writePolicy(dir: string, name: string, content: string | object): Promise<string> {
  await makeDir(dir);
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  await chmod(path, FILE_MODE);
  return path;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'breakwise-linux-policy-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const notLinux = process.platform === 'linux' ? null : 'its owner and mode checks are for Linux files';
if (notLinux !== null) console.info(`skipped: the Linux policy files reader — ${notLinux}`);
describe.skipIf(notLinux !== null)('Linux policy files', () => {
  it('reads managed files as enforced and recommended files as recommended', async () => {
    await writePolicy(managed(), 'site.json', { MicroBreakEveryMinutes: 20, StrictMode: true });
    await writePolicy(recommended(), 'site.json', { LongBreakEveryMinutes: 60 });
    expect(await read()).toEqual({
      enforced: { MicroBreakEveryMinutes: 20, StrictMode: true },
      recommended: { LongBreakEveryMinutes: 60 },
      problems: [],
    });
  });

  it('reports nothing configured, and no problem, when the directories do not exist', async () => {
    expect(await read()).toEqual({ enforced: {}, recommended: {}, problems: [] });
  });

  it('applies files in lexical order, so a later file overrides an earlier one key by key', async () => {
    await writePolicy(managed(), '9-team.json', { MicroBreakEveryMinutes: 30 });
    await writePolicy(managed(), '10-base.json', { MicroBreakEveryMinutes: 20, AdminContact: 'it@example.com' });
    // "10-base" sorts before "9-team": byte order, not numeric order.
    expect((await read()).enforced).toEqual({ MicroBreakEveryMinutes: 30, AdminContact: 'it@example.com' });
  });

  it('skips a file that is not JSON, with a problem, and still applies the other files', async () => {
    const broken = await writePolicy(managed(), '20-broken.json', '{ "StrictMode": true,');
    await writePolicy(managed(), '30-fine.json', { AdminContact: 'it@example.com' });
    const policy = await read();
    expect(policy.enforced).toEqual({ AdminContact: 'it@example.com' });
    expect(policy.problems).toEqual([{ source: broken, reason: expect.stringContaining('not valid policy JSON') }]);
  });

  it.each([
    ['an array', '["StrictMode"]'],
    ['null', 'null'],
    ['a number', '42'],
  ])('skips a file whose top level is %s', async (_what, content) => {
    const path = await writePolicy(managed(), 'odd.json', content);
    const policy = await read();
    expect(policy.enforced).toEqual({});
    expect(policy.problems).toEqual([{ source: path, reason: expect.stringContaining('not an object of policy keys') }]);
  });

  it('reads only .json files, and not hidden ones', async () => {
    await writePolicy(managed(), 'site.json.bak', { StrictMode: true });
    await writePolicy(managed(), 'README', 'not policy');
    await writePolicy(managed(), '.site.json.swp.json', { StrictMode: true });
    await writePolicy(managed(), 'site.json', { AdminContact: 'it@example.com' });
    expect(await read()).toEqual({ enforced: { AdminContact: 'it@example.com' }, recommended: {}, problems: [] });
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', async () => {
    await writePolicy(managed(), 'bom.json', '\uFEFF{"StrictMode": true}');
    expect((await read()).enforced).toEqual({ StrictMode: true });
  });

  it('keeps a "__proto__" key as plain data without touching any prototype', async () => {
    await writePolicy(managed(), 'odd.json', '{"__proto__": {"polluted": true}, "StrictMode": true}');
    const { enforced } = await read();
    expect(Object.keys(enforced)).toEqual(['__proto__', 'StrictMode']);
    expect(Object.getPrototypeOf(enforced)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('ignores a group- or other-writable file with a warning, and applies the rest', async () => {
    const writable = await writePolicy(managed(), '10-writable.json', { StrictMode: false });
    await chmod(writable, 0o664);
    await writePolicy(managed(), '20-fine.json', { AdminContact: 'it@example.com' });
    const policy = await read();
    expect(policy.enforced).toEqual({ AdminContact: 'it@example.com' });
    expect(policy.problems).toEqual([{ source: writable, reason: expect.stringMatching(/writable by group or others \(mode 664\)/) }]);
  });

  it('ignores the whole level when its directory is writable by others', async () => {
    await writePolicy(managed(), 'site.json', { StrictMode: true });
    await writePolicy(recommended(), 'site.json', { LongBreakEveryMinutes: 60 });
    await chmod(managed(), 0o777);
    const policy = await read();
    expect(policy.enforced).toEqual({});
    expect(policy.recommended).toEqual({ LongBreakEveryMinutes: 60 });
    expect(policy.problems).toEqual([{ source: managed(), reason: expect.stringContaining('writable by group or others') }]);
  });

  it('ignores everything below a parent directory that others could rename and replace', async () => {
    await writePolicy(managed(), 'site.json', { StrictMode: true });
    await chmod(join(root, 'etc/breakwise'), 0o775);
    const policy = await read();
    expect(policy.enforced).toEqual({});
    expect(policy.problems[0]?.reason).toContain(join(root, 'etc/breakwise'));
  });

  it('follows a symlink to a trusted file', async () => {
    const target = await writePolicy(join(root, 'opt/policy'), 'shared.json', { StrictMode: true });
    await makeDir(managed());
    await symlink(target, join(managed(), 'shared.json'));
    expect(await read()).toEqual({ enforced: { StrictMode: true }, recommended: {}, problems: [] });
  });

  it('refuses a symlink whose target lies in a directory others can write', async () => {
    const target = await writePolicy(join(root, 'scratch'), 'evil.json', { StrictMode: false });
    await chmod(join(root, 'scratch'), 0o1777);
    await makeDir(managed());
    const link = join(managed(), 'evil.json');
    await symlink(target, link);
    const policy = await read();
    expect(policy.enforced).toEqual({});
    expect(policy.problems).toEqual([{ source: link, reason: expect.stringContaining(join(root, 'scratch')) }]);
  });

  it('reports a symlink that points nowhere', async () => {
    await makeDir(managed());
    const link = join(managed(), 'gone.json');
    await symlink(join(root, 'nowhere.json'), link);
    expect((await read()).problems).toEqual([{ source: link, reason: expect.stringContaining('symlink to nothing') }]);
  });

  it('refuses a directory that merely has a .json name', async () => {
    await makeDir(join(managed(), 'folder.json'));
    expect((await read()).problems).toEqual([{ source: join(managed(), 'folder.json'), reason: expect.stringContaining('not a regular file') }]);
  });

  it('refuses a file nested 400,000 levels deep before parsing it, naming the file, and applies the others', async () => {
    const levels = 400_000;
    const deep = await writePolicy(managed(), '20-deep.json', `{"Unknown":${'['.repeat(levels)}${']'.repeat(levels)}}`);
    await writePolicy(managed(), '30-fine.json', { StrictMode: true });
    const policy = await read();
    expect(policy.enforced).toEqual({ StrictMode: true });
    expect(policy.problems).toEqual([{ source: deep, reason: 'ignored: the file nests deeper than 16 levels' }]);
  });

  it('reads a file nested 16 levels deep, and does not count brackets inside strings', async () => {
    const levels = 15; // the file's own object is the first level
    await writePolicy(managed(), 'deep.json', `{"A":${'['.repeat(levels)}${']'.repeat(levels)},"B":"[[[[[[[[[[[[[[[[[[[[\\"[[[[[[[[[["}`);
    const policy = await read();
    expect(policy.problems).toEqual([]);
    expect(policy.enforced['B']).toBe('[[[[[[[[[[[[[[[[[[[["[[[[[[[[[[');
  });

  it('refuses a file holding more than 100,000 values', async () => {
    const path = await writePolicy(managed(), 'many.json', `{"List":[${'0,'.repeat(100_000)}0]}`);
    expect((await read()).problems).toEqual([{ source: path, reason: 'ignored: the file holds more than 100000 values (shared references counted where they appear)' }]);
  });

  describe('ownership (needs root to give files away)', () => {
    it.skipIf(!IS_ROOT)('ignores a file owned by another user, even with a safe mode', async () => {
      const foreign = await writePolicy(managed(), '10-foreign.json', { StrictMode: false });
      await chown(foreign, OTHER_UID, OTHER_UID);
      await writePolicy(managed(), '20-fine.json', { AdminContact: 'it@example.com' });
      const policy = await read();
      expect(policy.enforced).toEqual({ AdminContact: 'it@example.com' });
      expect(policy.problems).toEqual([{ source: foreign, reason: expect.stringContaining(`owned by uid ${OTHER_UID}`) }]);
    });

    it.skipIf(!IS_ROOT)('ignores the whole level when its directory belongs to another user', async () => {
      await writePolicy(managed(), 'site.json', { StrictMode: true });
      await chown(managed(), OTHER_UID, OTHER_UID);
      const policy = await read();
      expect(policy.enforced).toEqual({});
      expect(policy.problems).toEqual([{ source: managed(), reason: expect.stringContaining(`owned by uid ${OTHER_UID}`) }]);
    });

    it.skipIf(!IS_ROOT)('trusts only root in production, so files owned by anyone else are refused by default', async () => {
      const path = await writePolicy(managed(), 'site.json', { StrictMode: true });
      await chown(path, OTHER_UID, OTHER_UID);
      const policy = await readLinuxPolicyFiles({ root });
      expect(policy.enforced).toEqual({});
      expect(policy.problems).toHaveLength(1);
    });
  });
});
