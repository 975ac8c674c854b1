import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startOsPolicy } from '../main/policy/osPolicy';
import { readLinuxPolicyFiles } from '../main/policy/readers/linuxPolicyFiles';
import { readMacManagedPreferences } from '../main/policy/readers/macManagedPreferences';
import type { PolicyReader } from '../main/policy/readers/rawPolicy';
import { HOSTILE_FILES, xmlPlist } from '../tests/support/hostilePolicyFiles';

/**
 * How long reading the organization's policy holds up start-up, with each hostile file of the
 * hostile-policy tests in place beside a good one, against the same folder with the good file
 * only. Real files in a temp folder, the real readers, `startOsPolicy` as the app calls it; each
 * figure is the median of a few runs, and the re-read that follows five minutes later is timed too.
 */
const RUNS = 5;
const TRUSTED_UID = process.getuid?.() ?? 0;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
const KEY = 'DisabledExercises';

export interface PolicyStartupRow {
  readonly name: string;
  readonly startMs: number;
  readonly rereadMs: number;
  readonly normalStartMs: number;
  readonly problems: number;
}

async function place(root: string, path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  for (let dir = dirname(path); dir !== root; dir = dirname(dir)) await chmod(dir, DIR_MODE);
  await writeFile(path, content);
  await chmod(path, FILE_MODE);
}

async function folderWith(platform: 'linux' | 'darwin', hostile: string | Buffer | null): Promise<{ root: string; read: PolicyReader }> {
  const root = await mkdtemp(join(tmpdir(), 'breakwise-bench-policy-'));
  await chmod(root, DIR_MODE);
  if (platform === 'linux') {
    const managed = join(root, 'etc/breakwise/policies/managed');
    await place(root, join(managed, '10-good.json'), JSON.stringify({ StrictMode: true }));
    if (hostile !== null) await place(root, join(managed, '20-hostile.json'), hostile);
    return { root, read: () => readLinuxPolicyFiles({ root, trustedOwnerUid: TRUSTED_UID }) };
  }
  const preferences = join(root, 'Library/Managed Preferences');
  await place(root, join(preferences, 'ada', 'com.breakwise.app.plist'), xmlPlist('<dict><key>MicroBreakEveryMinutes</key><integer>45</integer></dict>'));
  if (hostile !== null) await place(root, join(preferences, 'com.breakwise.app.plist'), hostile);
  return { root, read: () => readMacManagedPreferences({ root, userName: 'ada', trustedOwnerUid: TRUSTED_UID }) };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Start-up and one re-read, in ms: median of RUNS. */
async function time(platform: 'linux' | 'darwin', hostile: string | Buffer | null): Promise<{ startMs: number; rereadMs: number; problems: number }> {
  const { root, read } = await folderWith(platform, hostile);
  const starts: number[] = [];
  const rereads: number[] = [];
  let problems = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const begun = performance.now();
      const policy = await startOsPolicy(read, platform, () => () => undefined, { log: () => undefined });
      starts.push(performance.now() - begun);
      const rereadBegun = performance.now();
      await policy.refresh();
      rereads.push(performance.now() - rereadBegun);
      problems = policy.current().problems.length;
      policy.dispose();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return { startMs: median(starts), rereadMs: median(rereads), problems };
}

export async function measurePolicyStartup(): Promise<PolicyStartupRow[]> {
  const normal = { linux: await time('linux', null), darwin: await time('darwin', null) };
  const rows: PolicyStartupRow[] = [];
  for (const platform of ['linux', 'darwin'] as const) {
    rows.push({ name: `${platform === 'linux' ? 'Linux' : 'macOS'}: the good file only`, ...normal[platform], normalStartMs: normal[platform].startMs });
  }
  for (const file of HOSTILE_FILES) {
    rows.push({ name: file.name, ...(await time(file.platform, file.content(KEY))), normalStartMs: normal[file.platform].startMs });
  }
  return rows;
}
