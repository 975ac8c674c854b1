import { statSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDirectoryChain, readTrustedFile } from '../../../main/policy/readers/fileTrust';

/**
 * Real files, links and owners in a private temp root (resolved, since on macOS the temp folder
 * is itself behind a link). Giving a directory to another uid needs root; CI runs as root.
 */
const IS_ROOT = process.getuid?.() === 0;
const TRUSTED_UID = process.getuid?.() ?? 0;
const OTHER_UID = 1234;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
const GROUP_WRITABLE_DIR_MODE = 0o775;
const STICKY_WORLD_WRITABLE_MODE = 0o1777;
const OTHERS_WRITE = 0o002;
const POLICY = '{"StrictMode": true}';
const TEMP_IS_WORLD_WRITABLE = (statSync(tmpdir()).mode & OTHERS_WRITE) !== 0;

let root: string;

async function makeDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
  // Explicit modes everywhere: a machine's umask (002 on some) must not decide the outcome.
  for (let dir = path; dir !== root; dir = dirname(dir)) await chmod(dir, DIR_MODE);
}

async function writePolicy(path: string): Promise<string> {
  await makeDir(dirname(path));
  await writeFile(path, POLICY);
  await chmod(path, FILE_MODE);
  return path;
}

/** A policy file in the managed folder that is a link to `target`. */
async function linkedPolicy(target: string): Promise<string> {
  const link = join(root, 'etc/breakwise/policies/managed/site.json');
  await makeDir(dirname(link));
  await symlink(target, link);
  return link;
}

const readFromRoot = (path: string) => readTrustedFile(path, TRUSTED_UID, root);

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'breakwise-file-trust-')));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('trusting a policy file by every directory above its target', () => {
  it('follows a link into a tree nobody but the trusted owner can change, however deep', async () => {
    const link = await linkedPolicy(await writePolicy(join(root, 'opt/company/breakwise/policy/site.json')));
    const read = await readFromRoot(link);
    expect(read.kind === 'read' ? read.bytes.toString() : read).toBe(POLICY);
  });

  it('refuses a link to a file whose grand-parent directory the group can write, naming that directory', async () => {
    const target = await writePolicy(join(root, 'opt/shared/policy/site.json'));
    await chmod(join(root, 'opt/shared'), GROUP_WRITABLE_DIR_MODE);
    expect(await readFromRoot(await linkedPolicy(target))).toEqual({
      kind: 'refused',
      reason: `ignored: ${join(root, 'opt/shared')} is writable by group or others (mode 775)`,
    });
  });

  it('does not trust a sticky, world-writable directory such as /tmp anywhere above the target', async () => {
    const target = await writePolicy(join(root, 'scratch/alice/site.json'));
    await chmod(join(root, 'scratch'), STICKY_WORLD_WRITABLE_MODE);
    expect(await readFromRoot(await linkedPolicy(target))).toEqual({
      kind: 'refused',
      reason: `ignored: ${join(root, 'scratch')} is writable by group or others (mode 1777)`,
    });
  });

  it('refuses a link that leads out of the root it was given', async () => {
    const outside = await realpath(tmpdir());
    const link = await linkedPolicy(outside);
    expect(await readFromRoot(link)).toEqual({ kind: 'refused', reason: `ignored: ${link} resolves to ${outside}, outside ${root}` });
  });

  it.runIf(TEMP_IS_WORLD_WRITABLE)('walks on to / unless told otherwise, so this machine’s world-writable temp folder is refused', async () => {
    const path = await writePolicy(join(root, 'etc/breakwise/policies/managed/site.json'));
    expect(await readFromRoot(path)).toMatchObject({ kind: 'read' });
    const read = await readTrustedFile(path, TRUSTED_UID);
    expect(read).toEqual({ kind: 'refused', reason: expect.stringMatching(/is writable by group or others \(mode 1777\)$/) });
    expect(read.kind === 'refused' && read.reason).not.toContain(root);
  });

  describe('with a second uid (needs root to give directories away)', () => {
    it.skipIf(!IS_ROOT)('refuses a link to a file two levels below a directory another uid owns, naming that directory', async () => {
      const target = await writePolicy(join(root, 'opt/vendor/policy/site.json'));
      await chown(join(root, 'opt/vendor'), OTHER_UID, OTHER_UID);
      expect(await readFromRoot(await linkedPolicy(target))).toEqual({
        kind: 'refused',
        reason: `ignored: ${join(root, 'opt/vendor')} is owned by uid ${OTHER_UID}, so someone other than root can change it`,
      });
    });

    it.skipIf(!IS_ROOT)('refuses a policy directory that is a link into a home folder, even where the folders below it are root’s', async () => {
      const home = join(root, 'home/alice');
      await makeDir(join(home, 'config/breakwise/policies'));
      await chown(home, OTHER_UID, OTHER_UID);
      await makeDir(join(root, 'etc'));
      await symlink(join(home, 'config/breakwise'), join(root, 'etc/breakwise'));
      expect(await checkDirectoryChain(root, ['etc', 'breakwise', 'policies'], TRUSTED_UID)).toEqual({
        kind: 'untrusted',
        reason: `ignored: ${home} is owned by uid ${OTHER_UID}, so someone other than root can change it`,
      });
    });
  });
});
