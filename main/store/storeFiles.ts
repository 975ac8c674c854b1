import { chmodSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files that live beside a stored document: backups of a file we could not use, the
 * retired legacy file, and temporary files a killed write left behind.
 */

/**
 * History holds health-adjacent data (hurt reports, neck check-ins): the store's files, their
 * backups and exports are readable by their owner only, and so is the folder that holds them.
 * On Windows these modes only decide the read-only flag; the profile folder's ACL protects them.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIRECTORY_MODE = 0o700;

/** Creates the data folder if needed and makes it private; throws if it cannot. */
export function makePrivateDirectory(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  chmodSync(directory, PRIVATE_DIRECTORY_MODE);
}

/** Narrows a file an earlier version wrote with the default mode; a missing file needs nothing. */
export function makePrivateFile(path: string): void {
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code !== 'ENOENT') throw error;
  }
}

/** Enough distinct names for every recovery within one second; more means something loops. */
const MAX_NAME_ATTEMPTS = 100;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYYMMDD-HHmmss` in local time: the person reads it next to their own clock. */
export function backupStamp(wallMs: number): string {
  const d = new Date(wallMs);
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

function* candidateNames(first: string, numbered: (n: number) => string): Generator<string> {
  yield first;
  for (let n = 2; n <= MAX_NAME_ATTEMPTS; n++) yield numbered(n);
}

const isExists = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EEXIST';

/**
 * Copies `filePath` to `<name>.corrupt-<stamp>.json` in `directory`, never replacing an older
 * backup (the copy is exclusive, so two recoveries in one second get `-2`, `-3`...). With
 * `removeOriginal` the original is then deleted, which the caller needs when the backend
 * refuses to open while the bad file is in place. Returns the backup's path; throws if no
 * backup could be made, and then the original is untouched.
 */
export function backUpAside(filePath: string, directory: string, name: string, wallMs: number, removeOriginal: boolean): string {
  const base = `${name}.corrupt-${backupStamp(wallMs)}`;
  for (const candidate of candidateNames(`${base}.json`, (n) => `${base}-${n}.json`)) {
    const backupPath = join(directory, candidate);
    try {
      copyFileSync(filePath, backupPath, constants.COPYFILE_EXCL);
    } catch (error) {
      if (isExists(error)) continue;
      throw error;
    }
    chmodSync(backupPath, PRIVATE_FILE_MODE); // A copy takes the original's mode, which may be wider.
    if (removeOriginal) unlinkSync(filePath);
    return backupPath;
  }
  throw new Error(`No free backup name for ${filePath}`);
}

/** Where a legacy file goes once its contents live in the document's own file. */
export function retiredLegacyPath(legacyPath: string): string {
  for (const candidate of candidateNames(`${legacyPath}.migrated`, (n) => `${legacyPath}.migrated-${n}`)) {
    if (!existsSync(candidate)) return candidate;
  }
  throw new Error(`No free name to retire ${legacyPath}`);
}

/** atomically's temp names: `<file>.tmp-` then 10 timestamp digits and 6 hex digits. */
const TEMP_SUFFIX = /^\.tmp-\d{10}[0-9a-f]{6}$/;

/**
 * A write killed between creating its temp file and renaming it (kill -9, power loss) leaves
 * the temp file behind; atomically only purges its own on a normal exit. Breakwise runs as a
 * single instance, so while a document opens no write to it can be under way: leftovers go then.
 */
export function removeStaleTempFiles(directory: string, fileName: string): number {
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return 0; // No directory yet: nothing left behind.
  }
  for (const entry of entries) {
    if (!entry.startsWith(fileName) || !TEMP_SUFFIX.test(entry.slice(fileName.length))) continue;
    try {
      unlinkSync(join(directory, entry));
      removed++;
    } catch {
      // Another process's cleanup or a read-only directory: a stray temp file harms nothing.
    }
  }
  return removed;
}
