/**
 * The pseudo-locale: English with every letter accented and every message lengthened by about
 * 40 %, bracketed, so that a layout too tight for a longer language, a clipped accent or a string
 * left out of the locale files shows at a glance ("Snooze" becomes "[Šñööžé ~~~]"). Only literal
 * text changes: ICU arguments, plural and select keywords, selectors and `#` stay as they are, so
 * every message formats with the same values as its English original.
 *
 * Loaded only when asked for (see createI18n); no window ships it in its first script.
 */

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const ACCENT = new Map(Array.from(ACCENTED, (accented, index) => [PLAIN.charAt(index), accented] as const));

/** How much longer than English a translation may well be: the usual planning figure for German, French, Finnish. */
const EXPANSION = 0.4;
/** Padding comes in words of at most this many tildes, so that lines can still break as real text does. */
const PADDING_WORD = 8;

/** Arguments whose options are whole messages (the rest, such as `{n, number}`, are copied as written). */
const BRANCHING = new Set(['plural', 'select', 'selectordinal']);

interface Part {
  readonly text: string;
  /** Visible characters of the literal text (the longest branch where there are several). */
  readonly length: number;
  readonly end: number;
}

const accent = (char: string) => ACCENT.get(char) ?? char;

/** A message body, from `start` up to its closing `}` (nested) or the end of the source. */
function message(source: string, start: number, nested: boolean): Part {
  let text = '';
  let length = 0;
  let i = start;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (char === '}' && nested) return { text, length, end: i };
    if (char === '{') {
      const argument = argumentAt(source, i);
      text += argument.text;
      length += argument.length;
      i = argument.end;
      continue;
    }
    if (char === "'") {
      // ICU quoting: '' is an apostrophe; '{…}' (or before # } |) is literal syntax: copied as written.
      const next = source[i + 1] ?? '';
      if (next === "'") {
        text += "''";
        length += 1;
        i += 2;
        continue;
      }
      if ('{}#|'.includes(next) && next !== '') {
        const close = source.indexOf("'", i + 1);
        const to = close === -1 ? source.length : close + 1;
        text += source.slice(i, to);
        length += to - i;
        i = to;
        continue;
      }
    }
    text += accent(char);
    if (!(char === '#' && nested)) length += 1;
    i += 1;
  }
  return { text, length, end: i };
}

/** An argument `{name}`, `{name, type, style}` or `{name, plural, one {…} other {…}}` starting at `start` (its `{`). */
function argumentAt(source: string, start: number): Part {
  const header = /^\{\s*[^\s,{}]+\s*(?:,\s*([a-zA-Z]+)\s*)?/.exec(source.slice(start));
  if (header === null) throw new Error(`not an ICU argument at ${start}: ${source}`);
  const type = header[1] ?? '';
  let i = start + header[0].length;
  if (!BRANCHING.has(type)) {
    // A simple argument or a formatted one: copied up to its closing brace.
    const close = source.indexOf('}', i);
    if (close === -1) throw new Error(`unclosed ICU argument: ${source}`);
    return { text: source.slice(start, close + 1), length: 2, end: close + 1 };
  }
  // Options: `,` then selectors (and an `offset:n`) each followed by a message in braces.
  let text = source.slice(start, i);
  let longest = 0;
  while (i < source.length && source[i] !== '}') {
    const open = source.indexOf('{', i);
    const close = source.indexOf('}', i);
    if (open === -1 || (close !== -1 && close < open)) {
      text += source.slice(i, close === -1 ? source.length : close);
      i = close === -1 ? source.length : close;
      break;
    }
    text += source.slice(i, open + 1);
    const branch = message(source, open + 1, true);
    text += `${branch.text}}`;
    longest = Math.max(longest, branch.length);
    i = branch.end + 1;
  }
  if (source[i] !== '}') throw new Error(`unclosed ICU argument: ${source}`);
  return { text: `${text}}`, length: longest, end: i + 1 };
}

/** One message in the pseudo-locale: "Skip" → "[Šķîþ ~~]". An empty message stays empty. */
export function pseudoLocalizeMessage(source: string): string {
  if (source === '') return source;
  const { text, length } = message(source, 0, false);
  const tildes = Math.max(1, Math.ceil(length * EXPANSION));
  const words = Array.from({ length: Math.ceil(tildes / PADDING_WORD) }, (_, index) => '~'.repeat(Math.min(PADDING_WORD, tildes - index * PADDING_WORD)));
  return `[${text} ${words.join(' ')}]`;
}

/** Every message of a locale tree (objects and arrays of messages) in the pseudo-locale, keys unchanged. */
export function pseudoLocalize<T>(tree: T): T {
  return transform(tree) as T;
}

function transform(node: unknown): unknown {
  if (typeof node === 'string') return pseudoLocalizeMessage(node);
  if (Array.isArray(node)) return node.map(transform);
  if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, transform(value)]));
  return node;
}
