import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBinaryPlist, parseBinaryPlist } from '../../../main/policy/readers/binaryPlist';
import { parseXmlPlist } from '../../../main/policy/readers/xmlPlist';
import { bplist } from '../../support/bplistBuilder';

// Written by Python's plistlib (scripts/generateMacPolicyFixtures.py), an encoder independent of these readers.
const FIXTURES = join(import.meta.dirname, '../../fixtures/policy/macos');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

const ALL_TYPES = {
  Text: 'plain ascii',
  Unicode: 'Zoë 🧘 Müller',
  Empty: '',
  Small: 7,
  Byte: 200,
  Large: 2 ** 40,
  Negative: -15,
  Ratio: 0.75,
  Yes: true,
  No: false,
  When: new Date(Date.UTC(2026, 2, 2, 9, 30, 0)),
  Blob: new Uint8Array([0x00, 0x01, 0xfe]),
  List: ['a', 1, { Nested: true }],
  EmptyList: [],
  EmptyDict: {},
  Long: 'x'.repeat(40),
};

/** A binary plist built by hand from raw objects, for inputs no honest encoder would write. */
const handMadeBplist = (objects: number[][], topObject = 0): Buffer => bplist(objects.map((object) => Buffer.from(object)), { topObject: BigInt(topObject) });

describe('binary plists', () => {
  it('recognises the bplist00 header', () => {
    expect(isBinaryPlist(fixture('all-types-binary.plist'))).toBe(true);
    expect(isBinaryPlist(fixture('all-types-xml.plist'))).toBe(false);
  });

  it('reads every type a real encoder writes', () => {
    expect(parseBinaryPlist(fixture('all-types-binary.plist'))).toEqual(ALL_TYPES);
  });

  it('refuses a truncated file', () => {
    const whole = fixture('all-types-binary.plist');
    expect(() => parseBinaryPlist(whole.subarray(0, whole.length - 40))).toThrow(/malformed binary plist/);
  });

  it('refuses an array that contains itself', () => {
    const selfContaining = handMadeBplist([[0xa1, 0x00]]);
    expect(() => parseBinaryPlist(selfContaining)).toThrow(/contains itself/);
  });

  it('decodes an object referenced many times once, and shares it', () => {
    // Object i is an array holding object i+1 twice: 2^10 leaves when walked, 11 objects decoded.
    const depth = 10;
    const objects = Array.from({ length: depth }, (_, i) => [0xa2, i + 1, i + 1]);
    objects.push([0x09]);
    let value: unknown = parseBinaryPlist(handMadeBplist(objects));
    for (let i = 0; i < depth; i++) {
      const [first, second] = value as unknown[];
      expect(first).toBe(second);
      value = second;
    }
    expect(value).toBe(true);
  });

  it('refuses a 200-byte file that would expand to 2^40 values, by its nesting, before decoding it all', () => {
    const depth = 40;
    const objects = Array.from({ length: depth }, (_, i) => [0xa2, i + 1, i + 1]);
    objects.push([0x09]);
    expect(() => parseBinaryPlist(handMadeBplist(objects))).toThrow('the binary plist nests deeper than 16 levels');
  });

  it('refuses a shallow file that would expand past 100,000 values when walked', () => {
    // Six arrays, each holding the next 14 times: 14^6 (7.5 million) values behind 84 references.
    const depth = 6;
    const fanOut = 14;
    const objects = Array.from({ length: depth }, (_, i) => [0xa0 | fanOut, ...Array<number>(fanOut).fill(i + 1)]);
    objects.push([0x09]);
    expect(() => parseBinaryPlist(handMadeBplist(objects))).toThrow('the binary plist holds more than 100000 values (shared references counted where they appear)');
  });

  it('counts a string shared by many references every time it appears', () => {
    // One array of 200 references to one 2,000-character string: 400,000 characters when walked.
    const references = 200;
    const chars = 2_000;
    const string = [0x5f, 0x11, chars >> 8, chars & 0xff, ...Buffer.from('x'.repeat(chars))];
    const array = [0xaf, 0x10, references, ...Array<number>(references).fill(1)];
    expect(() => parseBinaryPlist(handMadeBplist([array, string]))).toThrow('the binary plist holds more than 262144 characters of text');
  });

  it('takes tighter limits from the caller', () => {
    const limits = { maxNodes: 2, maxDepth: 16, maxTextChars: 100 };
    expect(() => parseBinaryPlist(handMadeBplist([[0xa3, 1, 1, 1], [0x09]]), limits)).toThrow(/more than 2 values/);
  });

  it('refuses a trailer that claims 2^63 objects, without allocating for them', () => {
    const bytes = handMadeBplist([[0x09]]);
    bytes.writeBigUInt64BE(2n ** 63n, bytes.length - 24);
    expect(() => parseBinaryPlist(bytes)).toThrow(/number too large/);
  });

  it('refuses an array that claims 2^40 items', () => {
    const size = Buffer.alloc(8);
    size.writeBigUInt64BE(2n ** 40n);
    expect(() => parseBinaryPlist(handMadeBplist([[0xaf, 0x13, ...size, 1], [0x09]]))).toThrow(/out of bounds/);
  });

  it('finds a cycle through two offset-table entries that point at the same array', () => {
    const header = Buffer.from('bplist00', 'latin1');
    const array = Buffer.from([0xa1, 0x01]); // holds object 1, which is this array again
    const table = Buffer.from([header.length, header.length]);
    const trailer = Buffer.alloc(32);
    trailer[6] = 1;
    trailer[7] = 1;
    trailer.writeBigUInt64BE(2n, 8);
    trailer.writeBigUInt64BE(BigInt(header.length + array.length), 24);
    expect(() => parseBinaryPlist(Buffer.concat([header, array, table, trailer]))).toThrow(/contains itself/);
  });

  it('refuses a reference past the last object', () => {
    expect(() => parseBinaryPlist(handMadeBplist([[0xa1, 0x07]]))).toThrow(/reference 7/);
  });

  it('refuses a dictionary whose key is not a string', () => {
    expect(() => parseBinaryPlist(handMadeBplist([[0xd1, 0x01, 0x01], [0x10, 0x05]]))).toThrow(/not a string/);
  });

  it('refuses an offset table that lies outside the file', () => {
    const bytes = handMadeBplist([[0x09]]);
    bytes.writeBigUInt64BE(10_000n, bytes.length - 8);
    expect(() => parseBinaryPlist(bytes)).toThrow(/out of bounds/);
  });
});

const xml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">${body}</plist>\n`;

describe('XML plists', () => {
  it('reads every type, with the same values as the binary form of the same document', () => {
    const text = fixture('all-types-xml.plist').toString('utf8');
    expect(parseXmlPlist(text)).toEqual(ALL_TYPES);
    expect(parseXmlPlist(text)).toEqual(parseBinaryPlist(fixture('all-types-binary.plist')));
  });

  it('decodes entities, character references and CDATA, and skips comments', () => {
    const body = '<dict><!-- note --><key>A&amp;B</key><string>&lt;it&gt; &#233;&#x1F9D8; <![CDATA[<raw>]]></string></dict>';
    expect(parseXmlPlist(xml(body))).toEqual({ 'A&B': '<it> é🧘 <raw>' });
  });

  it.each([
    ['a truncated document', '<dict><key>A</key><integer>1</integer><key>B</key><integer>2'],
    ['an integer that is not a number', '<dict><key>A</key><integer>x1</integer></dict>'],
    ['a key without a value', '<dict><key>A</key><integer>1</integer><key>B</key></dict>'],
    ['an unknown element', '<dict><key>A</key><strin>1</strin></dict>'],
    ['mismatched tags', '<dict><key>A</key><string>1</integer></dict>'],
    ['an unknown entity', '<dict><key>A</key><string>&nbsp;</string></dict>'],
    ['two top-level values', '<dict/><dict/>'],
    ['text inside <true/>', '<dict><key>A</key><true>yes</true></dict>'],
  ])('refuses %s instead of returning part of it', (_what, body) => {
    expect(() => parseXmlPlist(xml(body))).toThrow(/malformed XML plist/);
  });

  it('refuses a DOCTYPE that could declare its own entities', () => {
    const text = '<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "b">]><plist version="1.0"><dict/></plist>';
    expect(() => parseXmlPlist(text)).toThrow(/internal subset/);
  });

  it('reads 16 levels of nesting and refuses 17, without recursing further', () => {
    const nestedArrays = (levels: number): string => `${'<array>'.repeat(levels)}${'</array>'.repeat(levels)}`;
    expect(() => parseXmlPlist(xml(nestedArrays(16)))).not.toThrow();
    expect(() => parseXmlPlist(xml(nestedArrays(17)))).toThrow('the XML plist nests deeper than 16 levels');
    expect(() => parseXmlPlist(xml(nestedArrays(60_000)))).toThrow('the XML plist nests deeper than 16 levels');
  });

  it('refuses more values or more text than its limits', () => {
    const limits = { maxNodes: 3, maxDepth: 16, maxTextChars: 10 };
    expect(parseXmlPlist(xml('<array><true/><true/></array>'), limits)).toEqual([true, true]);
    expect(() => parseXmlPlist(xml('<array><true/><true/><true/></array>'), limits)).toThrow('the XML plist holds more than 3 values');
    expect(() => parseXmlPlist(xml('<dict><key>abcdef</key><string>ghijk</string></dict>'), limits)).toThrow('the XML plist holds more than 10 characters of text');
  });

  it('refuses a megabyte of digits in a <real> by its length, before a pattern can backtrack over it', () => {
    expect(() => parseXmlPlist(xml(`<real>${'1'.repeat(1024 * 1024)}x</real>`))).toThrow('malformed XML plist: <real> of 1048577 characters');
    expect(parseXmlPlist(xml('<real> 1.5e300 </real>'))).toBe(1.5e300);
  });

  it('quotes at most 200 characters of the document in a reason', () => {
    const name = 'a'.repeat(1024 * 1024);
    expect(() => parseXmlPlist(xml(`<${name}/>`))).toThrow(new Error(`malformed XML plist: ${`unknown element <${name}`.slice(0, 200)}…`));
  });

  it('keeps a "__proto__" key as data', () => {
    const value = parseXmlPlist(xml('<dict><key>__proto__</key><dict><key>polluted</key><true/></dict></dict>')) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
