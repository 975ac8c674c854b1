import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import { readLinuxPolicyFiles } from '../../main/policy/readers/linuxPolicyFiles';
import { samplePolicyJson } from '../../main/policy/templates/samplePolicyJson';

/**
 * The deb/rpm scripts, run for real by bash against a private root (BREAKWISE_ROOT), after the
 * same macro substitution electron-builder applies. Real folders, real modes and owners; the
 * steps that would change the running system are skipped whenever BREAKWISE_ROOT is set.
 */
const SCRIPTS = join(import.meta.dirname, '..', '..', 'build', 'linux');
/** The values electron-builder's FpmTarget fills in for this app (linux.executableName, productName). */
const MACROS: Readonly<Record<string, string>> = { executable: 'breakwise', sanitizedProductName: 'Breakwise', productFilename: 'Breakwise' };
const MACRO = /\$\{([a-zA-Z]+)\}/g;
const UID = process.getuid?.() ?? 0;
const DIR_MODE = 0o755;
const PERMISSION_BITS = 0o777;

let root: string;
const path = (...segments: string[]): string => join(root, ...segments);
const modeOf = async (target: string): Promise<number> => (await stat(target)).mode & PERMISSION_BITS;
const AUTOSTART = ['etc', 'xdg', 'autostart', 'breakwise.desktop'];
const MARKER = ['etc', 'breakwise', 'autostart-all-users'];

async function run(script: 'after-install.sh' | 'after-remove.sh', arg: string): Promise<string> {
  const text = (await readFile(join(SCRIPTS, script), 'utf8')).replace(MACRO, (_, name: string) => MACROS[name] ?? expect.unreachable(`macro ${name}`));
  const substituted = path(`${script}.run`);
  await writeFile(substituted, text);
  // A restrictive umask shows that every mode the script sets is explicit.
  const result = spawnSync('bash', ['-c', `umask 077; exec bash "$0" "$1"`, substituted, arg], { env: { ...process.env, BREAKWISE_ROOT: root }, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stderr;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'breakwise-package-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const notLinux = process.platform === 'linux' ? null : 'they are run by bash with Linux owners and modes, as dpkg and rpm run them';
if (notLinux !== null) console.info(`skipped: the Linux package scripts (deb/rpm) — ${notLinux}`);
describe.skipIf(notLinux !== null)('the Linux package scripts', () => {
  it('use only the macros electron-builder defines (an unknown one fails the build)', async () => {
    for (const script of ['after-install.sh', 'after-remove.sh']) {
      const names = [...(await readFile(join(SCRIPTS, script), 'utf8')).matchAll(MACRO)].map((match) => match[1] ?? '');
      expect(names.filter((name) => !(name in MACROS))).toEqual([]);
    }
  });

  it('create both policy folders owned by root (here: this user), mode 0755, and no autostart entry by default', async () => {
    await run('after-install.sh', 'configure');
    for (const level of ['managed', 'recommended']) {
      const info = await stat(path('etc', 'breakwise', 'policies', level));
      expect({ level, directory: info.isDirectory(), mode: info.mode & PERMISSION_BITS, uid: info.uid }).toEqual({ level, directory: true, mode: DIR_MODE, uid: UID });
    }
    expect(await modeOf(path('etc', 'breakwise'))).toBe(DIR_MODE);
    await expect(stat(path(...AUTOSTART))).rejects.toThrow(/ENOENT/);
  });

  it('leave folders the administrator already made as they are, and can run again', async () => {
    await mkdir(path('etc', 'breakwise', 'policies', 'managed'), { recursive: true });
    await chmod(path('etc', 'breakwise', 'policies', 'managed'), 0o750);
    await run('after-install.sh', 'configure');
    await run('after-install.sh', 'configure');
    expect(await modeOf(path('etc', 'breakwise', 'policies', 'managed'))).toBe(0o750);
    expect(await modeOf(path('etc', 'breakwise', 'policies', 'recommended'))).toBe(DIR_MODE);
  });

  it('make folders the Linux reader trusts, so a policy dropped in applies in full', async () => {
    await run('after-install.sh', 'configure');
    const file = path('etc', 'breakwise', 'policies', 'managed', 'policy.json');
    await writeFile(file, samplePolicyJson());
    await chmod(file, 0o644);
    const raw = await readLinuxPolicyFiles({ root, trustedOwnerUid: UID });
    expect(raw.problems).toEqual([]);
    expect(raw.enforced).toEqual(JSON.parse(samplePolicyJson()));
    expect(resolvePolicy(raw).problems).toEqual([]);
  });

  it('install an autostart entry for every user when the administrator asked for it before installing', async () => {
    await mkdir(path('etc', 'breakwise'), { recursive: true });
    await writeFile(path(...MARKER), '');
    await run('after-install.sh', 'configure');
    const entry = await readFile(path(...AUTOSTART), 'utf8');
    expect(entry).toContain('Exec="/opt/Breakwise/breakwise"');
    expect(entry).toMatch(/^X-Breakwise-Installed-By=package$/m);
    expect(await modeOf(path(...AUTOSTART))).toBe(0o644);
  });

  it('never overwrite or remove an autostart file they did not install', async () => {
    await mkdir(path('etc', 'xdg', 'autostart'), { recursive: true });
    await writeFile(path(...AUTOSTART), '[Desktop Entry]\nExec=/usr/local/bin/breakwise --site\n');
    await mkdir(path('etc', 'breakwise'), { recursive: true });
    await writeFile(path(...MARKER), '');
    expect(await run('after-install.sh', 'configure')).toContain('left unchanged');
    await run('after-remove.sh', 'remove');
    expect(await readFile(path(...AUTOSTART), 'utf8')).toContain('--site');
  });

  it('on removal take away only their autostart entry, never the policies; on upgrade take away nothing', async () => {
    await mkdir(path('etc', 'breakwise'), { recursive: true });
    await writeFile(path(...MARKER), '');
    await run('after-install.sh', 'configure');
    await writeFile(path('etc', 'breakwise', 'policies', 'managed', 'site.json'), '{"StrictMode": true}');

    await run('after-remove.sh', 'upgrade'); // dpkg
    await run('after-remove.sh', '1'); // rpm
    expect((await stat(path(...AUTOSTART))).isFile()).toBe(true);

    await run('after-remove.sh', 'remove');
    await expect(stat(path(...AUTOSTART))).rejects.toThrow(/ENOENT/);
    expect(await readFile(path('etc', 'breakwise', 'policies', 'managed', 'site.json'), 'utf8')).toContain('StrictMode');
    expect((await stat(path('etc', 'breakwise', 'policies', 'recommended'))).isDirectory()).toBe(true);
  });
});
