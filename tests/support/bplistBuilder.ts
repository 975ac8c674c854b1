/**
 * Binary plists built by hand, object by object, for the plist tests: inputs no honest encoder
 * would write, and policy files written to do harm.
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

export interface TrailerClaims {
  readonly objectCount?: bigint;
  readonly topObject?: bigint;
  readonly tableStart?: bigint;
}

/** A binary plist from encoded objects (one-byte references), object 0 at the top unless the trailer says otherwise; the trailer can be made to lie. */
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
  trailer.writeBigUInt64BE(claims.topObject ?? 0n, 16);
  trailer.writeBigUInt64BE(claims.tableStart ?? BigInt(at), 24);
  return Buffer.concat([BPLIST_MAGIC, ...objects, table, trailer]);
}
