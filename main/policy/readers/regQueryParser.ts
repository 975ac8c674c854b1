import { setOwnValue, type PolicyProblem } from './rawPolicy';

/**
 * Parses what `reg query <key> /s` prints, so policy can be read without a native addon:
 *
 *   (blank line)
 *   HKEY_LOCAL_MACHINE\Software\Policies\Breakwise
 *       MicroBreakEveryMinutes    REG_DWORD    0x14
 *       Admin Contact    REG_SZ    it@example.com
 *   (blank line)
 *   HKEY_LOCAL_MACHINE\Software\Policies\Breakwise\Recommended
 *       DisabledExercises    REG_MULTI_SZ    neck-roll\0wrist-circles
 *
 * A key line starts at column 0 with the full hive name; each value line is indented four spaces
 * and its name, type and data are separated by four spaces (a name may itself contain spaces).
 * An empty value prints as `Name    REG_SZ    ` or, with the trailing spaces trimmed, `Name    REG_SZ`.
 * reg.exe writes CRLF. With a search switch it ends with "End of search: N match(es) found.".
 *
 * Limits: a string containing a line break cannot be told apart from the next line, and in a
 * REG_MULTI_SZ a literal `\0` inside an item reads as a separator; reg.exe prints both ambiguously.
 */
export interface RegKey {
  /** The key's path exactly as reg.exe printed it. */
  readonly path: string;
  readonly values: Record<string, unknown>;
}

export interface RegQueryListing {
  readonly keys: RegKey[];
  readonly problems: PolicyProblem[];
}

const HIVE_LINE = /^HKEY_[A-Z_]+(\\|$)/;
const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;
const SEARCH_SUMMARY = /^End of search: /;
const DWORD_DATA = /^0x[0-9a-f]{1,8}$/i;
const QWORD_DATA = /^0x[0-9a-f]{1,16}$/i;
/** reg.exe shows the NULs between REG_MULTI_SZ items as the two characters `\0`. */
const MULTI_SZ_SEPARATOR = '\\0';

type Decoded = { readonly value: unknown } | { readonly problem: string };

function decodeValue(type: string, data: string): Decoded {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ': // Kept unexpanded: environment variables are not policy.
      return { value: data };
    case 'REG_DWORD':
      return DWORD_DATA.test(data) ? { value: Number.parseInt(data.slice(2), 16) } : { problem: `unreadable REG_DWORD data "${data}"` };
    case 'REG_QWORD': {
      if (!QWORD_DATA.test(data)) return { problem: `unreadable REG_QWORD data "${data}"` };
      const big = BigInt(data);
      return big <= BigInt(Number.MAX_SAFE_INTEGER) ? { value: Number(big) } : { problem: `REG_QWORD ${data} is too large to use` };
    }
    case 'REG_MULTI_SZ':
      // A multi-string cannot hold an empty item (two NULs end it), so empty pieces are display artefacts.
      return { value: data.split(MULTI_SZ_SEPARATOR).filter((item) => item !== '') };
    default:
      return { problem: `${type} values are not supported; use REG_SZ, REG_DWORD or REG_MULTI_SZ` };
  }
}

export function parseRegQuery(output: string): RegQueryListing {
  const keys: RegKey[] = [];
  const problems: PolicyProblem[] = [];
  let current: RegKey | undefined;

  for (const line of output.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (HIVE_LINE.test(line)) {
      current = { path: line.trimEnd(), values: {} };
      keys.push(current);
      continue;
    }
    const match = VALUE_LINE.exec(line);
    if (match !== null && current !== undefined) {
      const [, name = '', type = '', data = ''] = match;
      const decoded = decodeValue(type, data);
      if ('value' in decoded) setOwnValue(current.values, name, decoded.value);
      else problems.push({ source: current.path, key: name, reason: `ignored: ${decoded.problem}` });
      continue;
    }
    if (SEARCH_SUMMARY.test(line)) continue;
    problems.push({ source: current?.path ?? 'reg query', reason: `ignored an unrecognised line: "${line.trim()}"` });
  }
  return { keys, problems };
}
