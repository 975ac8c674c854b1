import { userInfo } from 'node:os';
import { join } from 'node:path';
import { isBinaryPlist, parseBinaryPlist, type PlistValue } from './binaryPlist';
import { checkDirectoryChain, readTrustedFile, ROOT_UID } from './fileTrust';
import { assignOwnValues, describeError, emptyRawPolicy, setOwnValue, type PolicyProblem, type RawPolicy } from './rawPolicy';
import { parseXmlPlist } from './xmlPlist';

/**
 * macOS policy: a configuration profile installed by MDM (Jamf, Intune, Kandji…) with a payload
 * for `com.breakwise.app` is written by the system to
 *
 *   /Library/Managed Preferences/com.breakwise.app.plist          device profile, every user
 *   /Library/Managed Preferences/<user>/com.breakwise.app.plist   user profile, that user only
 *
 * Everything in those files is forced ("Forced" in the profile's mcx_preference_settings), so it
 * is all enforced; macOS has no recommended level there, and a profile's "Set-Once" values
 * arrive as ordinary user defaults, which the app's own settings already cover.
 *
 * Precedence, decided here to match Windows and Chromium: when both files set a key, the
 * device-level value wins — the device profile is the organisation-wide decision, and a user
 * profile must not be able to loosen it. Keys that only the user file sets still apply.
 *
 * The files are read directly rather than through CFPreferences (no native addon); they are
 * written as XML or binary plists, and both are read. Like on Linux, a file that anyone but root
 * could have written is ignored.
 */
export const BREAKWISE_BUNDLE_ID = 'com.breakwise.app';
export const MANAGED_PREFERENCES_DIRECTORY = ['Library', 'Managed Preferences'] as const;
const PLIST_SUFFIX = '.plist';

export interface MacPolicyOptions {
  /** Where the file system starts; `/` in production, a temp directory in tests. */
  readonly root?: string;
  /** The short user name whose user-level file is read; the current user by default. */
  readonly userName?: string;
  readonly bundleId?: string;
  /** The only owner a policy file may have. Root in production; tests running unprivileged pass their own uid. */
  readonly trustedOwnerUid?: number;
}

export function parsePlist(bytes: Uint8Array): PlistValue {
  return isBinaryPlist(bytes) ? parseBinaryPlist(bytes) : parseXmlPlist(Buffer.from(bytes).toString('utf8'));
}

const isPlainDict = (value: PlistValue): value is { [key: string]: PlistValue } =>
  typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);

async function readManagedFile(root: string, segments: readonly string[], trustedUid: number, problems: PolicyProblem[]): Promise<Record<string, unknown>> {
  const path = join(root, ...segments);
  const values: Record<string, unknown> = {};
  const directories = await checkDirectoryChain(root, segments.slice(0, -1), trustedUid);
  if (directories.kind === 'missing') return values;
  if (directories.kind === 'untrusted') {
    problems.push({ source: path, reason: directories.reason });
    return values;
  }
  const read = await readTrustedFile(path, trustedUid, root);
  if (read.kind === 'missing') return values; // No profile for this scope.
  if (read.kind === 'refused') {
    problems.push({ source: path, reason: read.reason });
    return values;
  }
  let top: PlistValue;
  try {
    top = parsePlist(read.bytes);
  } catch (error) {
    problems.push({ source: path, reason: `ignored: ${describeError(error)}` });
    return values;
  }
  if (!isPlainDict(top)) {
    problems.push({ source: path, reason: 'ignored: the top level is not a dictionary of policy keys' });
    return values;
  }
  for (const [key, value] of Object.entries(top)) {
    // Binary data has no setting it could mean; the Windows reader refuses REG_BINARY the same way.
    if (value instanceof Uint8Array) problems.push({ source: path, key, reason: 'ignored: <data> values are not supported' });
    else setOwnValue(values, key, value);
  }
  return values;
}

function currentUserName(problems: PolicyProblem[]): string | undefined {
  try {
    return userInfo().username;
  } catch (error) {
    // userInfo() throws when the uid has no passwd entry; the device-level file still applies.
    problems.push({ source: join('/', ...MANAGED_PREFERENCES_DIRECTORY), reason: `user-level policy skipped: ${describeError(error)}` });
    return undefined;
  }
}

/** Reads the device- and user-level managed preferences; never rejects. */
export async function readMacManagedPreferences(options: MacPolicyOptions = {}): Promise<RawPolicy> {
  const root = options.root ?? '/';
  const trustedUid = options.trustedOwnerUid ?? ROOT_UID;
  const fileName = `${options.bundleId ?? BREAKWISE_BUNDLE_ID}${PLIST_SUFFIX}`;
  const policy = emptyRawPolicy();

  const userName = options.userName ?? currentUserName(policy.problems);
  // A user name is one path component; anything else could point the reader at another file.
  const userFile =
    userName !== undefined && userName !== '' && !/[/\\]|^\.\.?$/.test(userName)
      ? await readManagedFile(root, [...MANAGED_PREFERENCES_DIRECTORY, userName, fileName], trustedUid, policy.problems)
      : {};
  const deviceFile = await readManagedFile(root, [...MANAGED_PREFERENCES_DIRECTORY, fileName], trustedUid, policy.problems);

  assignOwnValues(policy.enforced, userFile);
  assignOwnValues(policy.enforced, deviceFile); // Second, so the device profile wins a shared key.
  return policy;
}
