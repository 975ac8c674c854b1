import { measureValue, overLimitReason, POLICY_FILE_LIMITS, type ValueLimits } from '../../core/policy/boundedValue';
import { setOwnValue } from './rawPolicy';

/**
 * A reader for Apple's binary property lists ("bplist00"), the form cfprefsd and many MDM agents
 * write to /Library/Managed Preferences. Layout (CFBinaryPList.c in Apple's CoreFoundation):
 *
 *   "bplist00" | objects ... | offset table | 32-byte trailer
 *
 * The trailer gives the width of an offset-table entry, the width of an object reference, the
 * object count, the top object and where the offset table starts. Every object begins with a
 * marker byte: high nibble = type, low nibble = size (0xF: the size follows as an integer object).
 *
 * The input is treated as hostile: every offset and count is bounds-checked (a trailer claiming
 * 2^63 objects is refused, not allocated), a container that contains itself is refused, and the
 * object at an offset is decoded once and shared however many references (or offset-table
 * entries) lead to it. Sharing keeps the parse linear, but the result can still expand
 * exponentially for whoever walks it (each array holding the next twice: 2^40 values from 200
 * bytes), so the decoded value is measured against the file limits as it would be walked, and a
 * file over them is refused whole. UIDs (keyed archives) and sets are not policy and are refused.
 */
export type PlistValue = string | number | boolean | Date | Uint8Array | PlistValue[] | { [key: string]: PlistValue };

export const BINARY_PLIST_MAGIC = 'bplist00';
const TRAILER_BYTES = 32;
/** Apple's date epoch, 2001-01-01T00:00:00Z, in Unix milliseconds. */
const APPLE_EPOCH_UNIX_MS = 978_307_200_000;
const MS_PER_SECOND = 1000;
const MAX_INLINE_SIZE = 0xf;

function fail(why: string): never {
  throw new Error(`malformed binary plist: ${why}`);
}

export function isBinaryPlist(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, BINARY_PLIST_MAGIC.length)).toString('latin1') === BINARY_PLIST_MAGIC;
}

/** Over the limits: not malformed, but refused all the same. */
function refuse(reason: string): never {
  throw new Error(`the binary plist ${reason}`);
}

export function parseBinaryPlist(input: Uint8Array, limits: ValueLimits = POLICY_FILE_LIMITS): PlistValue {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (!isBinaryPlist(bytes) || bytes.length < BINARY_PLIST_MAGIC.length + TRAILER_BYTES) throw new Error('not a binary plist');

  const inBounds = (offset: number, length: number, end: number): void => {
    if (!Number.isSafeInteger(offset) || length < 0 || offset < 0 || offset + length > end) fail(`data out of bounds at ${offset}`);
  };
  const readUnsigned = (offset: number, width: number, end: number): number => {
    inBounds(offset, width, end);
    let value = 0n;
    for (let i = 0; i < width; i++) value = (value << 8n) | BigInt(bytes[offset + i] ?? 0);
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : fail(`number too large at ${offset}`);
  };

  const trailer = bytes.length - TRAILER_BYTES;
  const offsetWidth = bytes[trailer + 6] ?? 0;
  const refWidth = bytes[trailer + 7] ?? 0;
  const objectCount = readUnsigned(trailer + 8, 8, bytes.length);
  const topObject = readUnsigned(trailer + 16, 8, bytes.length);
  const tableStart = readUnsigned(trailer + 24, 8, bytes.length);
  if (offsetWidth < 1 || offsetWidth > 8 || refWidth < 1 || refWidth > 8) fail('bad trailer widths');
  if (objectCount < 1 || topObject >= objectCount) fail('bad object count');
  inBounds(tableStart, objectCount * offsetWidth, trailer);

  /** Decoded objects by offset: two offset-table entries pointing at one object share it too. */
  const decoded = new Map<number, PlistValue>();
  const inProgress = new Set<number>();
  // The parser's own work, over distinct objects only; neither can exceed the expanded size that
  // is measured at the end, so these refuse nothing that measure would accept — they only stop
  // decoding early (overlapping objects could otherwise claim the same bytes many times over).
  let referencesFollowed = 0;
  let charsDecoded = 0;
  const spendReferences = (count: number): void => {
    referencesFollowed += count;
    if (referencesFollowed > limits.maxNodes) refuse(overLimitReason.nodes(limits));
  };
  const spendChars = (count: number): void => {
    charsDecoded += count;
    if (charsDecoded > limits.maxTextChars) refuse(overLimitReason.text(limits));
  };

  /** `depth` counts the containers around the object; the top object has none. */
  function objectAt(ref: number, depth: number): PlistValue {
    if (ref >= objectCount) fail(`reference ${ref} past the ${objectCount} objects`);
    const offset = readUnsigned(tableStart + ref * offsetWidth, offsetWidth, trailer);
    const done = decoded.get(offset);
    if (done !== undefined) return done;
    if (inProgress.has(offset)) fail('a container contains itself');
    inProgress.add(offset);
    const value = decodeAt(offset, depth);
    inProgress.delete(offset);
    decoded.set(offset, value);
    return value;
  }

  /** A container about to be decoded at `depth`: refused past the nesting limit, before recursing. */
  const enterContainer = (depth: number, references: number): void => {
    if (depth + 1 > limits.maxDepth) refuse(overLimitReason.depth(limits));
    spendReferences(references);
  };

  /** The size in a marker's low nibble, or the integer object after it; returns size and where the content starts. */
  function sizeAt(offset: number, nibble: number): [number, number] {
    if (nibble < MAX_INLINE_SIZE) return [nibble, offset + 1];
    const intMarker = readUnsigned(offset + 1, 1, tableStart);
    if (intMarker >> 4 !== 0x1) fail(`bad size marker at ${offset + 1}`);
    const width = 1 << (intMarker & 0xf);
    return [readUnsigned(offset + 2, width, tableStart), offset + 2 + width];
  }

  function decodeAt(offset: number, depth: number): PlistValue {
    if (offset < BINARY_PLIST_MAGIC.length) fail(`object offset ${offset} inside the header`);
    const marker = readUnsigned(offset, 1, tableStart);
    const type = marker >> 4;
    const nibble = marker & 0xf;
    switch (type) {
      case 0x0:
        if (marker === 0x08) return false;
        if (marker === 0x09) return true;
        return fail(`unsupported null or fill object at ${offset}`);
      case 0x1: {
        const width = 1 << nibble;
        inBounds(offset + 1, width, tableStart);
        // Eight-byte integers are signed; narrower ones are unsigned (CFBinaryPList writes negatives as eight bytes).
        if (width === 8) {
          const big = bytes.readBigInt64BE(offset + 1);
          return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : fail('integer too large');
        }
        return width <= 4 ? readUnsigned(offset + 1, width, tableStart) : fail(`unsupported ${width}-byte integer`);
      }
      case 0x2:
        inBounds(offset + 1, 1 << nibble, tableStart);
        if (nibble === 2) return bytes.readFloatBE(offset + 1);
        return nibble === 3 ? bytes.readDoubleBE(offset + 1) : fail(`unsupported ${1 << nibble}-byte real`);
      case 0x3:
        if (marker !== 0x33) fail(`bad date marker at ${offset}`);
        inBounds(offset + 1, 8, tableStart);
        return new Date(APPLE_EPOCH_UNIX_MS + bytes.readDoubleBE(offset + 1) * MS_PER_SECOND);
      case 0x4: {
        const [length, start] = sizeAt(offset, nibble);
        inBounds(start, length, tableStart);
        spendChars(length);
        return new Uint8Array(bytes.subarray(start, start + length));
      }
      case 0x5: {
        const [length, start] = sizeAt(offset, nibble);
        inBounds(start, length, tableStart);
        spendChars(length);
        return bytes.toString('latin1', start, start + length);
      }
      case 0x6: {
        const [units, start] = sizeAt(offset, nibble);
        inBounds(start, units * 2, tableStart);
        spendChars(units);
        // UTF-16 big-endian; Node decodes only little-endian, so swap a copy.
        return Buffer.from(bytes.subarray(start, start + units * 2)).swap16().toString('utf16le');
      }
      case 0xa: {
        const [count, start] = sizeAt(offset, nibble);
        inBounds(start, count * refWidth, tableStart);
        enterContainer(depth, count);
        return Array.from({ length: count }, (_, i) => objectAt(readUnsigned(start + i * refWidth, refWidth, tableStart), depth + 1));
      }
      case 0xd: {
        const [count, start] = sizeAt(offset, nibble);
        inBounds(start, 2 * count * refWidth, tableStart);
        enterContainer(depth, 2 * count);
        const dict: { [key: string]: PlistValue } = {};
        for (let i = 0; i < count; i++) {
          const key = objectAt(readUnsigned(start + i * refWidth, refWidth, tableStart), depth + 1);
          if (typeof key !== 'string') fail(`dictionary key at ${offset} is not a string`);
          setOwnValue(dict, key, objectAt(readUnsigned(start + (count + i) * refWidth, refWidth, tableStart), depth + 1));
        }
        return dict;
      }
      default:
        return fail(`unsupported object type 0x${type.toString(16)} at ${offset}`);
    }
  }

  const top = objectAt(topObject, 0);
  const size = measureValue(top, limits);
  return size.overLimit === null ? top : refuse(size.overLimit);
}
