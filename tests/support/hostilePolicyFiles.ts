import { MAX_POLICY_FILE_BYTES } from '../../main/policy/readers/fileTrust';

/**
 * Policy files written to stop the app, for the hostile-policy tests and the start-up benchmark:
 * tiny binary plists that expand to billions of values, cycles, lying headers, nesting hundreds
 * of thousands of levels deep and megabyte strings.
 */


const BPLIST_MAGIC = Buffer.from('bplist00', 'latin1');
const TRAILER_BYTES = 32;
const OFFSET_WIDTH = 4;
export const INLINE_COUNT_MAX = 14;

/** A size as a binary plist writes it: in the marker's low nibble, or as a 4-byte integer object after it. */
export const sized = (type: number, count: number): number[] =>
  count <= INLINE_COUNT_MAX ? [(type << 4) | count] : [(type << 4) | 0xf, 0x12, ...[24, 16, 8, 0].map((shift) => (count >>> shift) & 0xff)];
export const bpArray = (refs: readonly number[]): Buffer => Buffer.from([...sized(0xa, refs.length), ...refs]);
export const bpDict = (keyRefs: readonly number[], valueRefs: readonly number[]): Buffer => Buffer.from([...sized(0xd, keyRefs.length), ...keyRefs, ...valueRefs]);
export const bpAscii = (text: string): Buffer => Buffer.concat([Buffer.from(sized(0x5, text.length)), Buffer.from(text, 'latin1')]);
export const BP_TRUE = Buffer.from([0x09]);

interface TrailerClaims {
  readonly objectCount?: bigint;
  readonly tableStart?: bigint;
}

/** A binary plist from encoded objects (one-byte references), object 0 at the top; the trailer can be made to lie. */
export function bplist(objects: readonly Buffer[], claims: TrailerClaims = {}): Buffer {
  const offsets: number[] = [];
  let at = BPLIST_MAGIC.length;
  for (const object of objects) {
    offsets.push(at);
    at += object.length;
  }
  const table = Buffer.alloc(objects.length * OFFSET_WIDTH);
  offsets.forEach((offset, i) => table.writeUInt32BE(offset, i * OFFSET_WIDTH));
  const trailer = Buffer.alloc(TRAILER_BYTES);
  trailer[6] = OFFSET_WIDTH;
  trailer[7] = 1; // reference width
  trailer.writeBigUInt64BE(claims.objectCount ?? BigInt(objects.length), 8);
  trailer.writeBigUInt64BE(0n, 16);
  trailer.writeBigUInt64BE(claims.tableStart ?? BigInt(at), 24);
  return Buffer.concat([BPLIST_MAGIC, ...objects, table, trailer]);
}

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
