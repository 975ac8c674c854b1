import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { describeError } from './rawPolicy';

/**
 * Policy files are trusted only if nobody but root can change them: otherwise any user (or any
 * program running as that user) could lock or unlock settings for everyone. The rule is the one
 * OpenSSH's `secure_filename` applies: the file and every directory above it up to `/` owned by
 * root and not writable by group or others. It is checked on the real path, after every symlink
 * is resolved, so a link may point anywhere the rule holds (a shared folder under /opt) but not
 * into a home folder, /tmp or any folder someone else could write: whoever can write a directory
 * on the path can rename what lies below it and put their own file in its place, however far up
 * that directory is. Unlike OpenSSH, no other owner is accepted, and the sticky bit does not make
 * a world-writable directory such as /tmp trusted. POSIX ACLs are not inspected.
 */
export const ROOT_UID = 0;
/** The write bits for group and others (0o020 | 0o002). */
const GROUP_OR_OTHER_WRITE = 0o022;
const PERMISSION_BITS = 0o7777;
/** Real policy files are a few hundred bytes; anything this large is a mistake, not policy. */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024;
/** Where the walk up from a policy file ends in production. */
export const FILE_SYSTEM_ROOT = '/';

export type TrustCheck = { readonly kind: 'trusted' } | { readonly kind: 'missing' } | { readonly kind: 'untrusted'; readonly reason: string };
export type TrustedRead = { readonly kind: 'read'; readonly bytes: Buffer } | { readonly kind: 'missing' } | { readonly kind: 'refused'; readonly reason: string };
type Resolved = { readonly kind: 'trusted'; readonly real: string } | { readonly kind: 'missing' } | { readonly kind: 'untrusted'; readonly reason: string };

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
const isWithin = (top: string, path: string): boolean => path === top || path.startsWith(top.endsWith(sep) ? top : `${top}${sep}`);

/**
 * Resolves `path` and checks its target and every directory above the target up to and including
 * `root`. In production `root` is `/`; tests pass a private temp directory, so that the walk does
 * not judge the machine's /tmp, and a target outside that directory is refused.
 */
async function resolveTrusted(path: string, trustedUid: number, root: string): Promise<Resolved> {
  try {
    const real = await realpath(path);
    const top = await realpath(root);
    if (!isWithin(top, real)) return { kind: 'untrusted', reason: `ignored: ${path} resolves to ${real}, outside ${top}` };
    // lstat: every component of a real path is what it is, and a link appearing meanwhile is judged as the link.
    for (let candidate = real; ; candidate = dirname(candidate)) {
      const reason = ownershipProblem(candidate, await lstat(candidate), trustedUid);
      if (reason !== undefined) return { kind: 'untrusted', reason };
      if (candidate === top || candidate === dirname(candidate)) break;
    }
    return { kind: 'trusted', real };
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    return { kind: 'untrusted', reason: `could not check ${path}: ${describeError(error)}` };
  }
}

/**
 * Checks every directory from `root/segments[0]` down to `root/segments.join('/')`, each after
 * resolving its symlinks, so that a directory that is itself a link, or a user-writable parent
 * (which could swap the policy directory for its own), is caught too.
 */
export async function checkDirectoryChain(root: string, segments: readonly string[], trustedUid: number): Promise<TrustCheck> {
  for (let depth = 1; depth <= segments.length; depth++) {
    const result = await resolveTrusted(join(root, ...segments.slice(0, depth)), trustedUid, root);
    if (result.kind !== 'trusted') return result.kind === 'missing' ? result : { kind: 'untrusted', reason: result.reason };
  }
  return { kind: 'trusted' };
}

/**
 * Reads a file only if it passes the trust rule, walking up from its target to `root` (`/` unless
 * a test says otherwise). Ownership is checked again on the open handle, so the bytes read are
 * those of the file that was checked, even if the path is swapped meanwhile.
 */
export async function readTrustedFile(path: string, trustedUid: number, root: string = FILE_SYSTEM_ROOT): Promise<TrustedRead> {
  const check = await resolveTrusted(path, trustedUid, root);
  if (check.kind !== 'trusted') return check.kind === 'missing' ? check : { kind: 'refused', reason: check.reason };
  try {
    // Checked before opening: opening a FIFO or device would block or read forever.
    if (!(await lstat(check.real)).isFile()) return { kind: 'refused', reason: `ignored: ${path} is not a regular file` };
    // O_NOFOLLOW: the checked path holds no link; one put there since is not followed.
    const handle = await open(check.real, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const info = await handle.stat();
      const reason = ownershipProblem(check.real, info, trustedUid);
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
