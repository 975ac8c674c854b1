import { overLimitReason, POLICY_FILE_LIMITS, type ValueLimits } from '../../core/policy/boundedValue';
import type { PlistValue } from './binaryPlist';
import { setOwnValue } from './rawPolicy';

/**
 * A strict reader for XML property lists (Apple's PropertyList-1.0.dtd): the form profiles and
 * `defaults write` produce. It reads exactly the plist elements and refuses anything else with an
 * error. The `plist` package on npm was not used because it returns partial data instead of
 * failing — a truncated file yields `[]`, `<integer>x1</integer>` yields null, a key without a
 * value yields "" — and an enforced policy must be read whole or not at all.
 *
 * Entities are the five predefined ones plus character references; a DOCTYPE with an internal
 * subset (where custom entities would be declared) is refused.
 *
 * An XML plist has no shared references, so its size is its text; still, a file within the size
 * cap can nest 60,000 arrays deep or hold 150,000 values. The file limits are checked while
 * reading — nesting before each recursion — and a file over them is refused whole.
 */
const NAME = /^[A-Za-z_][\w.-]*/;
const INTEGER = /^[+-]?(?:0x[0-9a-f]+|\d+)$/i;
const REAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * Numbers and dates are short: a double needs at most 24 characters, a plist date 20. Longer text
 * is refused before the patterns run — REAL backtracks quadratically on a long run of digits
 * (a megabyte of them would take a quarter of an hour).
 */
const MAX_SCALAR_CHARS = 64;
/** A parse error quotes the document; a megabyte element name must not become a megabyte reason. */
const MAX_REASON_CHARS = 200;
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface Tag {
  readonly name: string;
  readonly kind: 'open' | 'close' | 'empty';
}

function fail(why: string): never {
  throw new Error(`malformed XML plist: ${why.length > MAX_REASON_CHARS ? `${why.slice(0, MAX_REASON_CHARS)}…` : why}`);
}

/** Over the limits: not malformed, but refused all the same. */
function refuse(reason: string): never {
  throw new Error(`the XML plist ${reason}`);
}

export function parseXmlPlist(text: string, limits: ValueLimits = POLICY_FILE_LIMITS): PlistValue {
  let pos = 0;
  let values = 0;
  let textChars = 0;
  /** Strings, keys and data count as text, as boundedValue's measure counts them. */
  const counted = <T extends string | Uint8Array>(content: T): T => {
    textChars += content.length;
    if (textChars > limits.maxTextChars) refuse(overLimitReason.text(limits));
    return content;
  };

  const skipPast = (terminator: string): void => {
    const end = text.indexOf(terminator, pos);
    if (end < 0) fail(`unterminated markup at ${pos}`);
    pos = end + terminator.length;
  };

  /** Whitespace, comments and processing instructions, which may appear between elements. */
  const skipMisc = (): void => {
    for (;;) {
      while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
      if (text.startsWith('<!--', pos)) skipPast('-->');
      else if (text.startsWith('<?', pos)) skipPast('?>');
      else if (text.startsWith('<!DOCTYPE', pos)) {
        const end = text.indexOf('>', pos);
        if (end < 0 || text.slice(pos, end).includes('[')) fail('DOCTYPE with an internal subset');
        pos = end + 1;
      } else return;
    }
  };

  const readTag = (): Tag => {
    if (text.charAt(pos) !== '<') fail(`expected an element at ${pos}`);
    const closing = text.charAt(pos + 1) === '/';
    const name = NAME.exec(text.slice(pos + (closing ? 2 : 1)))?.[0] ?? fail(`bad element name at ${pos}`);
    // Attributes (only <plist version="1.0"> has any) are skipped, minding '>' inside quotes.
    let i = pos + (closing ? 2 : 1) + name.length;
    let quote = '';
    for (; i < text.length; i++) {
      const ch = text.charAt(i);
      if (quote !== '') quote = ch === quote ? '' : quote;
      else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    if (i >= text.length) fail(`unterminated <${name}>`);
    const empty = text.charAt(i - 1) === '/';
    pos = i + 1;
    return { name, kind: closing ? 'close' : empty ? 'empty' : 'open' };
  };

  const decodeEntity = (entity: string): string => {
    const code = /^#x([0-9a-f]+)$/i.exec(entity)?.[1] ?? /^#(\d+)$/.exec(entity)?.[1];
    if (code !== undefined) {
      const point = Number.parseInt(code, entity.startsWith('#x') || entity.startsWith('#X') ? 16 : 10);
      return point <= 0x10ffff ? String.fromCodePoint(point) : fail(`bad character reference &${entity};`);
    }
    return PREDEFINED_ENTITIES[entity] ?? fail(`unknown entity &${entity};`);
  };

  /** The text of an element whose start tag was just read, through its end tag. */
  const readText = (name: string): string => {
    let out = '';
    for (;;) {
      if (pos >= text.length) fail(`unterminated <${name}>`);
      if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos);
        if (end < 0) fail('unterminated CDATA');
        out += text.slice(pos + '<![CDATA['.length, end);
        pos = end + ']]>'.length;
      } else if (text.startsWith('<!--', pos)) skipPast('-->');
      else if (text.charAt(pos) === '<') {
        const tag = readTag();
        if (tag.kind !== 'close' || tag.name !== name) fail(`unexpected <${tag.name}> inside <${name}>`);
        return out;
      } else if (text.charAt(pos) === '&') {
        const end = text.indexOf(';', pos);
        if (end < 0) fail(`unterminated entity at ${pos}`);
        out += decodeEntity(text.slice(pos + 1, end));
        pos = end + 1;
      } else out += text.charAt(pos++);
    }
  };

  const scalar = (tag: Tag): string => (tag.kind === 'empty' ? '' : readText(tag.name));
  /** The trimmed text of a number or date, refused when too long to be one. */
  const shortScalar = (tag: Tag): string => {
    const raw = scalar(tag).trim();
    return raw.length <= MAX_SCALAR_CHARS ? raw : fail(`<${tag.name}> of ${raw.length} characters`);
  };

  /** `depth` counts the containers around the value; the top value has none. */
  const readValue = (tag: Tag, depth: number): PlistValue => {
    if (tag.kind === 'close') fail(`unexpected </${tag.name}>`);
    values += 1;
    if (values > limits.maxNodes) refuse(overLimitReason.nodes(limits));
    switch (tag.name) {
      case 'dict':
      case 'array': {
        if (depth + 1 > limits.maxDepth) refuse(overLimitReason.depth(limits));
        const items: PlistValue[] = [];
        const dict: { [key: string]: PlistValue } = {};
        for (;;) {
          if (tag.kind === 'empty') break;
          skipMisc();
          const next = readTag();
          if (next.kind === 'close' && next.name === tag.name) break;
          if (tag.name === 'array') {
            items.push(readValue(next, depth + 1));
            continue;
          }
          if (next.name !== 'key') fail(`expected <key> in <dict>, found <${next.name}>`);
          const key = counted(scalar(next));
          skipMisc();
          const valueTag = readTag();
          if (valueTag.name === 'key' || valueTag.kind === 'close') fail(`key "${key}" has no value`);
          setOwnValue(dict, key, readValue(valueTag, depth + 1));
        }
        return tag.name === 'array' ? items : dict;
      }
      case 'string':
        return counted(scalar(tag));
      case 'integer': {
        const raw = shortScalar(tag);
        const value = INTEGER.test(raw) ? Number(raw.replace(/^\+/, '')) : NaN;
        return Number.isSafeInteger(value) ? value : fail(`bad integer "${raw}"`);
      }
      case 'real': {
        const raw = shortScalar(tag);
        return REAL.test(raw) ? Number(raw) : fail(`bad real "${raw}"`);
      }
      case 'true':
      case 'false':
        if (scalar(tag) !== '') fail(`<${tag.name}> must be empty`);
        return tag.name === 'true';
      case 'date': {
        const raw = shortScalar(tag);
        const date = new Date(raw);
        return DATE.test(raw) && !Number.isNaN(date.getTime()) ? date : fail(`bad date "${raw}"`);
      }
      case 'data': {
        const raw = scalar(tag).replace(/\s+/g, '');
        return BASE64.test(raw) ? counted(new Uint8Array(Buffer.from(raw, 'base64'))) : fail('bad base64 in <data>');
      }
      default:
        return fail(`unknown element <${tag.name}>`);
    }
  };

  skipMisc();
  const root = readTag();
  if (root.name !== 'plist' || root.kind !== 'open') fail('the document is not a <plist>');
  skipMisc();
  const value = readValue(readTag(), 0);
  skipMisc();
  const end = readTag();
  if (end.kind !== 'close' || end.name !== 'plist') fail('expected </plist> after the single top-level value');
  skipMisc();
  if (pos !== text.length) fail('content after </plist>');
  return value;
}
