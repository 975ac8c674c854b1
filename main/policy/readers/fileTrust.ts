import type { Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeError } from './rawPolicy';

/**
 * Policy files are trusted only if nobody but root can change them: otherwise any user (or any
 * program running as that user) could lock or unlock settings for everyone. The rule is the one
 * OpenSSH applies to its config files: owned by root, not writable by group or others, and the
 * same for the directory that holds it. Symlinks are followed and the target is what is checked.
 * POSIX ACLs are not inspected.
 */
export const ROOT_UID = 0;
/** The write bits for group and others (0o020 | 0o002). */
const GROUP_OR_OTHER_WRITE = 0o022;
const PERMISSION_BITS = 0o7777;
/** Real policy files are a few hundred bytes; anything this large is a mistake, not policy. */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024;

export type TrustCheck = { readonly kind: 'trusted' } | { readonly kind: 'missing' } | { readonly kind: 'untrusted'; readonly reason: string };
export type TrustedRead = { readonly kind: 'read'; readonly bytes: Buffer } | { readonly kind: 'missing' } | { readonly kind: 'refused'; readonly reason: string };

function ownershipProblem(path: string, info: Stats, trustedUid: number): string | undefined {
  if (info.uid !== trustedUid) return `ignored: ${path} is owned by uid ${info.uid}, so someone other than root can change it`;
  if ((info.mode & GROUP_OR_OTHER_WRITE) !== 0) {
    return `ignored: ${path} is writable by group or others (mode ${(info.mode & PERMISSION_BITS).toString(8)})`;
  }
  return undefined;
}

const isMissing = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

/** Checks a path (after resolving symlinks) and the directory that holds its target. */
async function checkOne(path: string, trustedUid: number): Promise<TrustCheck> {
  try {
    const real = await realpath(path);
    for (const candidate of [real, dirname(real)]) {
      const reason = ownershipProblem(candidate, await stat(candidate), trustedUid);
      if (reason !== undefined) return { kind: 'untrusted', reason };
    }
    return { kind: 'trusted' };
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    return { kind: 'untrusted', reason: `could not check ${path}: ${describeError(error)}` };
  }
}

/**
 * Checks every directory from `root/segments[0]` down to `root/segments.join('/')`, so that a
 * user-writable parent (which could swap the policy directory for its own) is caught too. The
 * root itself is taken as given: in production it is `/`, in tests a private temp directory.
 */
export async function checkDirectoryChain(root: string, segments: readonly string[], trustedUid: number): Promise<TrustCheck> {
  for (let depth = 1; depth <= segments.length; depth++) {
    const result = await checkOne(join(root, ...segments.slice(0, depth)), trustedUid);
    if (result.kind !== 'trusted') return result;
  }
  return { kind: 'trusted' };
}

/**
 * Reads a file only if it passes the trust rule. Ownership is checked on the open handle, so the
 * bytes read are those of the file that was checked, even if the path is swapped meanwhile.
 */
export async function readTrustedFile(path: string, trustedUid: number): Promise<TrustedRead> {
  const check = await checkOne(path, trustedUid);
  if (check.kind !== 'trusted') return check.kind === 'missing' ? check : { kind: 'refused', reason: check.reason };
  try {
    const real = await realpath(path);
    // Checked before opening: opening a FIFO or device would block or read forever.
    if (!(await stat(real)).isFile()) return { kind: 'refused', reason: `ignored: ${path} is not a regular file` };
    const handle = await open(real, 'r');
    try {
      const info = await handle.stat();
      const reason = ownershipProblem(real, info, trustedUid);
      if (reason !== undefined) return { kind: 'refused', reason };
      if (info.size > MAX_POLICY_FILE_BYTES) return { kind: 'refused', reason: `ignored: ${path} is larger than ${MAX_POLICY_FILE_BYTES} bytes` };
      return { kind: 'read', bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    return { kind: 'refused', reason: `could not read ${path}: ${describeError(error)}` };
  }
}
