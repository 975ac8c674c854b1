import { MAX_POLICY_FILE_BYTES } from '../../main/policy/readers/fileTrust';
import { BP_TRUE, bpArray, bpAscii, bpDict, bplist, INLINE_COUNT_MAX, sized } from './bplistBuilder';

export { BP_TRUE, bpArray, bpAscii, bpDict, bplist, INLINE_COUNT_MAX, sized } from './bplistBuilder';

/**
 * Policy files written to stop the app, for the hostile-policy tests and the start-up benchmark:
 * tiny binary plists that expand to billions of values, cycles, lying headers, nesting hundreds
 * of thousands of levels deep and megabyte strings.
 */

/** { key: a } where a holds b `fanOut` times, b holds c `fanOut` times, … `depth` arrays deep, then true. */
export function laughsPlist(key: string, depth: number, fanOut = 2): Buffer {
  const firstArray = 2;
  const arrays = Array.from({ length: depth }, (_, i) => bpArray(Array.from({ length: fanOut }, () => firstArray + i + 1)));
  return bplist([bpDict([1], [firstArray]), bpAscii(key), ...arrays, BP_TRUE]);
}

/** { key: a } where a = [b] and b = [a]. */
export const cyclicPlist = (key: string): Buffer => bplist([bpDict([1], [2]), bpAscii(key), bpArray([3]), bpArray([2])]);

/** { key: [s, s, s, …] }: one string referenced `times` times. */
export const sharedStringPlist = (key: string, chars: number, times: number): Buffer =>
  bplist([bpDict([1], [2]), bpAscii(key), bpArray(Array.from({ length: times }, () => 3)), bpAscii('x'.repeat(chars))]);

/** { key: "xxx…" } filling the file up to the size readers accept. */
export function longStringPlist(key: string): Buffer {
  const withoutString = bplist([bpDict([1], [2]), bpAscii(key), bpAscii('')]).length;
  const sizeField = sized(0x5, INLINE_COUNT_MAX + 1).length - 1;
  return bplist([bpDict([1], [2]), bpAscii(key), bpAscii('x'.repeat(MAX_POLICY_FILE_BYTES - withoutString - sizeField))]);
}

/** { key: [ … ] } whose array claims `count` items in an 8-byte size. */
export const hugeCountPlist = (key: string, count: bigint): Buffer => {
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(count);
  return bplist([bpDict([1], [2]), bpAscii(key), Buffer.concat([Buffer.from([0xaf, 0x13]), size, Buffer.from([3])]), BP_TRUE]);
};

export const xmlPlist = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">${body}</plist>\n`;
const XML_DEEP_LEVELS = 60_000;
export const deepXml = (key: string): string => xmlPlist(`<dict><key>${key}</key>${'<array>'.repeat(XML_DEEP_LEVELS)}${'</array>'.repeat(XML_DEEP_LEVELS)}</dict>`);
export function longStringXml(key: string): string {
  const frame = xmlPlist(`<dict><key>${key}</key><string></string></dict>`);
  return xmlPlist(`<dict><key>${key}</key><string>${'x'.repeat(MAX_POLICY_FILE_BYTES - frame.length)}</string></dict>`);
}

/** A run of digits that a backtracking number pattern would take minutes over. */
export function longRealXml(key: string): string {
  const frame = xmlPlist(`<dict><key>${key}</key><real>x</real></dict>`);
  return xmlPlist(`<dict><key>${key}</key><real>${'1'.repeat(MAX_POLICY_FILE_BYTES - frame.length)}x</real></dict>`);
}

/** 800 KB of brackets: 400,000 levels opened and closed. */
const JSON_DEEP_LEVELS = 400_000;
export const deepJson = (key: string): string => `{"${key}":${'['.repeat(JSON_DEEP_LEVELS)}${']'.repeat(JSON_DEEP_LEVELS)}}`;
const UNCLOSED_BRACKETS = 800_000;
export const unclosedJson = (key: string): string => `{"${key}":${'['.repeat(UNCLOSED_BRACKETS)}`;
export function longStringJson(key: string): string {
  const frame = `{"${key}":""}`.length;
  return `{"${key}":"${'x'.repeat(MAX_POLICY_FILE_BYTES - frame)}"}`;
}
/** Half a million zeros: within the file size, five times the value limit. */
export function manyValuesJson(key: string): string {
  const frame = `{"${key}":[0]}`.length;
  const items = Math.floor((MAX_POLICY_FILE_BYTES - frame) / '0,'.length);
  return `{"${key}":[${'0,'.repeat(items)}0]}`;
}

/** A hostile file, where it goes, and why a reader must refuse it. */
export interface HostileFile {
  readonly name: string;
  readonly platform: 'linux' | 'darwin';
  readonly content: (key: string) => string | Buffer;
  readonly why: RegExp;
}

const DEPTH = /nests deeper than 16 levels/;
const VALUES = /holds more than 100000 values/;
const TEXT = /holds more than 262144 characters of text/;

export const HOSTILE_FILES: readonly HostileFile[] = [
  { name: 'JSON nested 400,000 levels deep (800 KB of brackets)', platform: 'linux', content: deepJson, why: DEPTH },
  { name: 'JSON of 800,000 unclosed [', platform: 'linux', content: unclosedJson, why: DEPTH },
  { name: 'JSON holding 1 MiB of one string', platform: 'linux', content: longStringJson, why: TEXT },
  { name: 'JSON holding half a million values', platform: 'linux', content: manyValuesJson, why: VALUES },
  ...[20, 30, 40].map((depth): HostileFile => ({ name: `a 2^${depth} billion-laughs binary plist`, platform: 'darwin', content: (key) => laughsPlist(key, depth), why: DEPTH })),
  { name: 'a wide billion-laughs binary plist (14 references per array, 6 deep)', platform: 'darwin', content: (key) => laughsPlist(key, 6, INLINE_COUNT_MAX), why: VALUES },
  { name: 'a binary plist whose arrays contain each other', platform: 'darwin', content: cyclicPlist, why: /contains itself/ },
  { name: 'a binary plist with one 100 KB string referenced 60,000 times', platform: 'darwin', content: (key) => sharedStringPlist(key, 100_000, 60_000), why: TEXT },
  { name: 'a binary plist holding 1 MiB of one string', platform: 'darwin', content: longStringPlist, why: TEXT },
  { name: 'a binary plist whose trailer claims 2^63 objects', platform: 'darwin', content: (key) => bplist([bpDict([1], [2]), bpAscii(key), BP_TRUE], { objectCount: 2n ** 63n }), why: /number too large/ },
  { name: 'a binary plist whose offset table claims to start at 2^63', platform: 'darwin', content: (key) => bplist([bpDict([1], [2]), bpAscii(key), BP_TRUE], { tableStart: 2n ** 63n }), why: /number too large/ },
  { name: 'a binary plist array claiming 2^62 items', platform: 'darwin', content: (key) => hugeCountPlist(key, 2n ** 62n), why: /number too large/ },
  { name: 'a binary plist array claiming 2^40 items', platform: 'darwin', content: (key) => hugeCountPlist(key, 2n ** 40n), why: /out of bounds/ },
  { name: 'an XML plist nested 60,000 levels deep', platform: 'darwin', content: deepXml, why: DEPTH },
  { name: 'an XML plist holding 1 MiB of one string', platform: 'darwin', content: longStringXml, why: TEXT },
  { name: 'an XML plist whose <real> is most of a megabyte of digits', platform: 'darwin', content: longRealXml, why: /<real> of \d+ characters/ },
];
