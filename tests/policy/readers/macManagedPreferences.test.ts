import { chmod, chown, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMacManagedPreferences } from '../../../main/policy/readers/macManagedPreferences';
import { bplist } from '../../support/bplistBuilder';

const FIXTURES = join(import.meta.dirname, '../../fixtures/policy/macos');
const IS_ROOT = process.getuid?.() === 0;
const TRUSTED_UID = process.getuid?.() ?? 0;
const OTHER_UID = 1234;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
const USER = 'ada';

let root: string;
const managedPrefs = (): string => join(root, 'Library/Managed Preferences');
const deviceFile = (): string => join(managedPrefs(), 'com.breakwise.app.plist');
const userFile = (): string => join(managedPrefs(), USER, 'com.breakwise.app.plist');
const read = () => readMacManagedPreferences({ root, userName: USER, trustedOwnerUid: TRUSTED_UID });

async function place(path: string, content: { fixture: string } | string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  for (let dir = dirname(path); dir !== root; dir = dirname(dir)) await chmod(dir, DIR_MODE);
  if (typeof content === 'string' || Buffer.isBuffer(content)) await writeFile(path, content);
  else await copyFile(join(FIXTURES, content.fixture), path);
  await chmod(path, FILE_MODE);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'breakwise-mac-policy-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('macOS managed preferences', () => {
  it('reads a device profile written as a binary plist, all of it enforced', async () => {
    await place(deviceFile(), { fixture: 'device-binary.plist' });
    expect(await read()).toEqual({
      enforced: {
        MicroBreakEveryMinutes: 20,
        StrictMode: true,
        AdminContact: 'IT Service Desk <it@example.com> & friends',
        DisabledExercises: ['neck-roll', 'wrist-circles'],
      },
      recommended: {},
      problems: [],
    });
  });

  it('reads a user profile written as an XML plist', async () => {
    await place(userFile(), { fixture: 'user-xml.plist' });
    expect((await read()).enforced).toEqual({ MicroBreakEveryMinutes: 45, LongBreakEveryMinutes: 60, AdminContact: 'Zoë Müller, Büro 3' });
  });

  it('lets the device profile win a key both set, and keeps keys only the user profile sets', async () => {
    await place(deviceFile(), { fixture: 'device-binary.plist' });
    await place(userFile(), { fixture: 'user-xml.plist' });
    expect((await read()).enforced).toEqual({
      MicroBreakEveryMinutes: 20,
      StrictMode: true,
      AdminContact: 'IT Service Desk <it@example.com> & friends',
      DisabledExercises: ['neck-roll', 'wrist-circles'],
      LongBreakEveryMinutes: 60,
    });
  });

  it('reads nothing, and reports nothing, when no profile is installed', async () => {
    expect(await read()).toEqual({ enforced: {}, recommended: {}, problems: [] });
  });

  it('does not read another user’s profile', async () => {
    await place(join(managedPrefs(), 'grace', 'com.breakwise.app.plist'), { fixture: 'user-xml.plist' });
    expect((await read()).enforced).toEqual({});
  });

  it('skips an unreadable device file with a problem, and still applies the user file', async () => {
    await place(deviceFile(), '<?xml version="1.0"?><plist version="1.0"><dict><key>StrictMode</key>');
    await place(userFile(), { fixture: 'user-xml.plist' });
    const policy = await read();
    expect(policy.enforced).toMatchObject({ MicroBreakEveryMinutes: 45 });
    expect(policy.problems).toEqual([{ source: deviceFile(), reason: expect.stringContaining('malformed XML plist') }]);
  });

  it('skips a file whose top level is not a dictionary', async () => {
    await place(deviceFile(), '<?xml version="1.0"?><plist version="1.0"><array><string>StrictMode</string></array></plist>');
    expect((await read()).problems).toEqual([{ source: deviceFile(), reason: expect.stringContaining('not a dictionary') }]);
  });

  it('refuses <data> values, key by key', async () => {
    await place(deviceFile(), '<plist version="1.0"><dict><key>Logo</key><data>iVBO</data><key>StrictMode</key><true/></dict></plist>');
    const policy = await read();
    expect(policy.enforced).toEqual({ StrictMode: true });
    expect(policy.problems).toEqual([{ source: deviceFile(), key: 'Logo', reason: expect.stringContaining('<data>') }]);
  });

  it('refuses a tiny device profile that expands to 2^40 values, naming it, and still applies the user profile', async () => {
    // { StrictMode: a } where a holds b twice, b holds c twice, … 40 arrays deep.
    const depth = 40;
    const key = Buffer.from('StrictMode', 'latin1');
    const objects = [Buffer.from([0xd1, 1, 2]), Buffer.concat([Buffer.from([0x50 | key.length]), key])];
    for (let i = 0; i < depth; i++) objects.push(Buffer.from([0xa2, i + 3, i + 3]));
    objects.push(Buffer.from([0x09]));
    await place(deviceFile(), bplist(objects));
    await place(userFile(), { fixture: 'user-xml.plist' });
    const policy = await read();
    expect(policy.enforced).toEqual({ MicroBreakEveryMinutes: 45, LongBreakEveryMinutes: 60, AdminContact: 'Zoë Müller, Büro 3' });
    expect(policy.problems).toEqual([{ source: deviceFile(), reason: 'ignored: the binary plist nests deeper than 16 levels' }]);
  });

  it('ignores a profile file that others can write', async () => {
    await place(deviceFile(), { fixture: 'device-binary.plist' });
    await chmod(deviceFile(), 0o666);
    const policy = await read();
    expect(policy.enforced).toEqual({});
    expect(policy.problems).toEqual([{ source: deviceFile(), reason: expect.stringContaining('writable by group or others') }]);
  });

  it('never reads outside Managed Preferences through an odd user name', async () => {
    await place(deviceFile(), { fixture: 'device-binary.plist' });
    const policy = await readMacManagedPreferences({ root, userName: '..', trustedOwnerUid: TRUSTED_UID });
    expect(policy.enforced).toMatchObject({ MicroBreakEveryMinutes: 20 });
    expect(policy.problems).toEqual([]);
  });

  it.skipIf(!IS_ROOT)('ignores a user profile directory owned by someone other than root (needs root)', async () => {
    await place(userFile(), { fixture: 'user-xml.plist' });
    await chown(dirname(userFile()), OTHER_UID, OTHER_UID);
    const policy = await read();
    expect(policy.enforced).toEqual({});
    expect(policy.problems).toEqual([{ source: userFile(), reason: expect.stringContaining(`owned by uid ${OTHER_UID}`) }]);
  });
});
