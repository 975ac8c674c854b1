import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { measureValue, overLimitReason, POLICY_FILE_LIMITS } from '../../core/policy/boundedValue';
import { checkDirectoryChain, readTrustedFile, ROOT_UID } from './fileTrust';
import { assignOwnValues, describeError, emptyRawPolicy, type PolicyProblem, type RawPolicy } from './rawPolicy';

/**
 * Linux policy: JSON files dropped by configuration management (Ansible, Puppet, a package) into
 *
 *   /etc/breakwise/policies/managed/*.json      → enforced
 *   /etc/breakwise/policies/recommended/*.json  → recommended
 *
 * the layout Chromium and Firefox use, so administrators already know it. Files are applied in
 * lexical order of their names (byte order, as `ls` with LC_ALL=C), and a later file's key
 * replaces an earlier one's, so `90-site.json` can refine `10-base.json`. Names starting with a
 * dot (editor and package-manager leftovers) and names not ending in `.json` are not read.
 *
 * A file over the policy file limits (boundedValue.ts) is refused whole, with a problem, and the
 * other files still apply. Nesting is checked on the text before parsing: V8's JSON.parse copes
 * with 400,000 levels, but everything that walks the result afterwards would not.
 */
export const LINUX_POLICY_DIRECTORY = ['etc', 'breakwise', 'policies'] as const;
export const LINUX_LEVEL_DIRECTORIES = { enforced: 'managed', recommended: 'recommended' } as const;
const POLICY_FILE_SUFFIX = '.json';
/** Some Windows-born editors start UTF-8 files with a byte-order mark, which JSON.parse rejects. */
const BYTE_ORDER_MARK = '\uFEFF';

export interface LinuxPolicyOptions {
  /** Where the file system starts; `/` in production, a temp directory in tests. */
  readonly root?: string;
  /** The only owner a policy file may have. Root in production; tests running unprivileged pass their own uid. */
  readonly trustedOwnerUid?: number;
}

type Level = keyof typeof LINUX_LEVEL_DIRECTORIES;

const QUOTE = '"'.charCodeAt(0);
const BACKSLASH = '\\'.charCodeAt(0);
const OPENERS = new Set(['[', '{'].map((bracket) => bracket.charCodeAt(0)));
const CLOSERS = new Set([']', '}'].map((bracket) => bracket.charCodeAt(0)));

/**
 * Whether JSON text nests brackets deeper than `maxDepth`, found in one pass without parsing.
 * Brackets inside strings do not count. On invalid JSON the answer may be wrong, which is
 * harmless: JSON.parse refuses that text anyway.
 */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (OPENERS.has(code)) {
      depth++;
      if (depth > maxDepth) return true;
    } else if (CLOSERS.has(code)) depth--;
  }
  return false;
}

type ParsedFile = { readonly kind: 'values'; readonly values: Record<string, unknown> } | { readonly kind: 'refused'; readonly reason: string };

/** A policy file's keys and values, or the reason it is ignored. */
function parsePolicyJson(text: string): ParsedFile {
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  if (jsonNestsDeeperThan(json, POLICY_FILE_LIMITS.maxDepth)) return { kind: 'refused', reason: `ignored: the file ${overLimitReason.depth(POLICY_FILE_LIMITS)}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { kind: 'refused', reason: `ignored: not valid policy JSON: ${describeError(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const what = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed;
    return { kind: 'refused', reason: `ignored: not valid policy JSON: the top level is ${what}, not an object of policy keys` };
  }
  const size = measureValue(parsed, POLICY_FILE_LIMITS);
  if (size.overLimit !== null) return { kind: 'refused', reason: `ignored: the file ${size.overLimit}` };
  return { kind: 'values', values: parsed as Record<string, unknown> };
}

async function readLevel(root: string, level: Level, trustedUid: number, problems: PolicyProblem[]): Promise<Record<string, unknown>> {
  const segments = [...LINUX_POLICY_DIRECTORY, LINUX_LEVEL_DIRECTORIES[level]];
  const directory = join(root, ...segments);
  const values: Record<string, unknown> = {};

  const chain = await checkDirectoryChain(root, segments, trustedUid);
  if (chain.kind === 'missing') return values; // Nothing configured at this level.
  if (chain.kind === 'untrusted') {
    problems.push({ source: directory, reason: chain.reason });
    return values;
  }

  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    problems.push({ source: directory, reason: `could not list the directory: ${describeError(error)}` });
    return values;
  }

  // Default sort compares UTF-16 code units: the same order on every machine, whatever the locale.
  for (const name of names.filter((n) => n.endsWith(POLICY_FILE_SUFFIX) && !n.startsWith('.')).sort()) {
    const path = join(directory, name);
    const read = await readTrustedFile(path, trustedUid, root);
    if (read.kind === 'missing') {
      problems.push({ source: path, reason: 'ignored: the file vanished while reading, or is a symlink to nothing' });
      continue;
    }
    if (read.kind === 'refused') {
      problems.push({ source: path, reason: read.reason });
      continue;
    }
    const parsed = parsePolicyJson(read.bytes.toString('utf8'));
    if (parsed.kind === 'refused') problems.push({ source: path, reason: parsed.reason });
    else assignOwnValues(values, parsed.values);
  }
  return values;
}

/** Reads both levels; never rejects. */
export async function readLinuxPolicyFiles(options: LinuxPolicyOptions = {}): Promise<RawPolicy> {
  const root = options.root ?? '/';
  const trustedUid = options.trustedOwnerUid ?? ROOT_UID;
  const policy = emptyRawPolicy();
  policy.enforced = await readLevel(root, 'enforced', trustedUid, policy.problems);
  policy.recommended = await readLevel(root, 'recommended', trustedUid, policy.problems);
  return policy;
}
