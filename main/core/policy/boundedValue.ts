/**
 * Bounded looks at values that came from outside — policy as an OS reader found it. Such a value
 * can be hostile: a 200-byte binary plist whose arrays each hold the next one twice expands to
 * 2^40 values through shared references ("billion laughs"), 800 KB of `[` nests 400,000 levels
 * deep, and a value can contain itself. A plain JSON.stringify or deep comparison of that runs
 * for minutes, fills the heap or overflows the stack.
 *
 * Everything here is bounded and never throws, whatever it is handed (a BigInt, a cycle, a
 * getter, a revoked proxy):
 *
 * - `measureValue`: is a value within limits of values, nesting and text? Shared references are
 *   counted every time they appear, because that is how any consumer would walk them.
 * - `canonicalForm`: a text that changes whenever the value changes, to tell whether a re-read
 *   policy differs from the one in force. See its comment for what happens over the limits.
 * - `describeValue`: a short quote of a value for a reason shown to people.
 *
 * No recursion without a small depth bound: the walkers keep their own stack.
 */

export interface ValueLimits {
  /** Values visited (containers and everything else; dictionary keys are not values). */
  readonly maxNodes: number;
  /** Containers inside containers: a scalar is 0 deep, `[1]` 1 deep, `{"a": [1]}` 2 deep. */
  readonly maxDepth: number;
  /** Characters of text: strings, dictionary keys, and bytes of binary data. */
  readonly maxTextChars: number;
}

/**
 * The largest policy with any meaning is about 1,050 values: 42 keys, ten of them lists of at
 * most 100 items. A file may hold ~100 times that; walking 100,000 values takes milliseconds.
 */
const POLICY_FILE_MAX_VALUES = 100_000;
/**
 * A policy needs 2 levels (the file's dictionary, then a list). 16 leaves room for any sensible
 * layout and stays far from the thousands of frames where a recursive parser overflows.
 */
const POLICY_FILE_MAX_DEPTH = 16;
/**
 * The longest meaningful policy text is about 43,000 characters (1,900 for the text keys, ten
 * lists of 100 exercise ids); six times that. Also stops one string shared a thousand times.
 */
const POLICY_FILE_MAX_TEXT_CHARS = 256 * 1024;

/** What one policy file (or registry key) may hold; over this, the file is refused whole. */
export const POLICY_FILE_LIMITS: ValueLimits = {
  maxNodes: POLICY_FILE_MAX_VALUES,
  maxDepth: POLICY_FILE_MAX_DEPTH,
  maxTextChars: POLICY_FILE_MAX_TEXT_CHARS,
};

/**
 * How many files at the file limits one read may combine: a device and a user profile on macOS,
 * the managed and recommended levels on Linux, with room to spare.
 */
const FILES_PER_READ = 4;
/** The raw policy wraps each file's dictionary in one more level ({ enforced: { … } }). */
const READ_WRAPPER_DEPTH = 1;

/** What one whole read (every source together) may hold; over this, the read is refused whole. */
export const POLICY_READ_LIMITS: ValueLimits = {
  maxNodes: POLICY_FILE_MAX_VALUES * FILES_PER_READ,
  maxDepth: POLICY_FILE_MAX_DEPTH + READ_WRAPPER_DEPTH,
  maxTextChars: POLICY_FILE_MAX_TEXT_CHARS * FILES_PER_READ,
};

/** Why a value is over its limits, in words that complete "the file …" or "the value …". */
export const overLimitReason = {
  nodes: (limits: ValueLimits): string => `holds more than ${limits.maxNodes} values (shared references counted where they appear)`,
  depth: (limits: ValueLimits): string => `nests deeper than ${limits.maxDepth} levels`,
  text: (limits: ValueLimits): string => `holds more than ${limits.maxTextChars} characters of text`,
  cycle: (): string => 'contains itself',
  unreadable: (error: unknown): string => `could not be read (${errorText(error)})`,
};

export interface ValueMeasure {
  /** Values visited before the walk ended (at most `maxNodes + 1`). */
  readonly nodes: number;
  /** The deepest nesting reached. */
  readonly depth: number;
  readonly textChars: number;
  /** Why the value is over its limits, or null when it is within them. */
  readonly overLimit: string | null;
}

/** Stands for a property with a getter: walkers never call one. */
const ACCESSOR = Symbol('accessor');

/** Arrays and dictionaries; dates and binary data are single values. */
function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer);
}

/** An own property's value without running a getter; a hole reads as undefined. */
function ownValue(container: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(container, key);
  if (descriptor === undefined) return undefined;
  return 'value' in descriptor ? descriptor.value : ACCESSOR;
}

function bytesOf(value: ArrayBufferView | ArrayBuffer): Uint8Array {
  return value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

const HEX_RADIX = 16;
const HEX_DIGITS_PER_BYTE = 2;

/** A leaf's exact form (distinct for every distinct value and type) and the text it counts for. */
function leafForm(value: unknown, withText: boolean): { readonly text: string; readonly chars: number } {
  if (typeof value === 'string') return { text: withText ? JSON.stringify(value) : '', chars: value.length };
  if (value instanceof Date) return { text: `date(${Date.prototype.getTime.call(value)})`, chars: 0 };
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    const bytes = bytesOf(value);
    const hex = withText ? Array.from(bytes, (byte) => byte.toString(HEX_RADIX).padStart(HEX_DIGITS_PER_BYTE, '0')).join('') : '';
    return { text: `data(${hex})`, chars: bytes.length };
  }
  return { text: scalarText(value), chars: 0 };
}

/** Numbers, booleans, null, undefined, BigInts, symbols, functions, getters — never quoted, so never equal to a string. */
function scalarText(value: unknown): string {
  if (value === ACCESSOR) return '(getter)';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return '(function)';
  return String(value);
}

interface Frame {
  readonly container: object;
  /** Null for an array, whose keys are its indexes. */
  readonly keys: readonly string[] | null;
  readonly length: number;
  index: number;
}

/**
 * The one walker behind `measureValue` and `canonicalForm`: depth first, in the order keys were
 * inserted, stopping at the first limit it crosses. With `out`, it also writes the value's form.
 */
function walk(value: unknown, limits: ValueLimits, out: string[] | null): ValueMeasure {
  let nodes = 0;
  let deepest = 0;
  let textChars = 0;
  const stack: Frame[] = [];
  const ancestors = new Set<object>();

  const visit = (key: string | null, child: unknown, separated: boolean): string | null => {
    nodes += 1;
    if (nodes > limits.maxNodes) return overLimitReason.nodes(limits);
    if (separated) out?.push(',');
    if (key !== null) {
      textChars += key.length;
      if (textChars > limits.maxTextChars) return overLimitReason.text(limits);
      out?.push(JSON.stringify(key), ':');
    }
    if (!isContainer(child)) {
      // Counted before the text is built, so a huge string is never copied.
      const size = leafForm(child, false);
      textChars += size.chars;
      if (textChars > limits.maxTextChars) return overLimitReason.text(limits);
      out?.push(leafForm(child, true).text);
      return null;
    }
    if (ancestors.has(child)) return overLimitReason.cycle();
    const depth = stack.length + 1;
    if (depth > limits.maxDepth) return overLimitReason.depth(limits);
    deepest = Math.max(deepest, depth);
    const keys = Array.isArray(child) ? null : Object.keys(child);
    const length = keys === null ? (child as readonly unknown[]).length : keys.length;
    // Every child is a value: a container with more children than the budget left is over it now.
    if (nodes + length > limits.maxNodes) return overLimitReason.nodes(limits);
    ancestors.add(child);
    stack.push({ container: child, keys, length, index: 0 });
    out?.push(keys === null ? '[' : '{');
    return null;
  };

  let overLimit: string | null;
  try {
    overLimit = visit(null, value, false);
    for (let frame = stack.at(-1); overLimit === null && frame !== undefined; frame = stack.at(-1)) {
      if (frame.index >= frame.length) {
        stack.pop();
        ancestors.delete(frame.container);
        out?.push(frame.keys === null ? ']' : '}');
        continue;
      }
      const index = frame.index++;
      const key = frame.keys === null ? String(index) : (frame.keys[index] ?? '');
      overLimit = visit(frame.keys === null ? null : key, ownValue(frame.container, key), index > 0);
    }
  } catch (error) {
    overLimit = overLimitReason.unreadable(error);
  }
  return { nodes, depth: deepest, textChars, overLimit };
}

/** Measures a value against limits, visiting at most `maxNodes + 1` values. Never throws. */
export function measureValue(value: unknown, limits: ValueLimits): ValueMeasure {
  return walk(value, limits, null);
}

export interface CanonicalForm {
  readonly form: string;
  readonly overLimit: string | null;
}

/**
 * A text that is equal for two values exactly when they are equal — same types, same keys in the
 * same insertion order, same items — as long as they are within `limits`. Insertion order counts
 * because it can matter: two spellings of one key (`StrictMode`, `strictmode`) resolve in order.
 *
 * Over the limits, the form is what the walk wrote up to the first limit it crossed, then that
 * limit: two values that agree up to there get the same form, whatever follows. That is the
 * point, not a loss: a read over its limits is refused whole (the last good policy stays), with
 * a reason that names only the limit — so nothing past it can change what the app does, and the
 * work stays bounded by the limits however large the value claims to be.
 */
export function canonicalForm(value: unknown, limits: ValueLimits): CanonicalForm {
  const out: string[] = [];
  const { overLimit } = walk(value, limits, out);
  if (overLimit !== null) out.push(`…(${overLimit})`);
  return { form: out.join(''), overLimit };
}

/** A quote is as long as a reason can show in a table cell; a few items are enough to recognise the value. */
const MAX_DESCRIBED_CHARS = 80;
const MAX_DESCRIBED_VALUES = 12;
/** Deeper than any policy value (a list of strings is 1 deep), and recursion three frames deep. */
const MAX_DESCRIBED_DEPTH = 3;

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}

function leafDescription(value: unknown, maxChars: number): string {
  if (typeof value === 'string') {
    // Cut before quoting: JSON.stringify of a megabyte string would copy all of it.
    return value.length > maxChars ? `${JSON.stringify(value.slice(0, maxChars))}…` : JSON.stringify(value);
  }
  if (value instanceof Date) {
    const time = Date.prototype.getTime.call(value);
    return Number.isNaN(time) ? 'Invalid Date' : JSON.stringify(new Date(time).toISOString());
  }
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `<${bytesOf(value).length} bytes of data>`;
  return scalarText(value);
}

/**
 * A short text of any value, JSON-like for plain data (`"yes"`, `[1,2]`), at most
 * `maxChars` characters (then "…"). Visits at most a dozen values, three levels deep.
 */
export function describeValue(value: unknown, maxChars = MAX_DESCRIBED_CHARS): string {
  let budget = MAX_DESCRIBED_VALUES;
  const ancestors = new Set<object>();

  const describe = (item: unknown, depth: number): string => {
    budget -= 1;
    if (!isContainer(item)) return leafDescription(item, maxChars);
    const isArray = Array.isArray(item);
    if (ancestors.has(item)) return '(itself)';
    if (depth >= MAX_DESCRIBED_DEPTH) return isArray ? '[…]' : '{…}';
    ancestors.add(item);
    const keys = isArray ? null : Object.keys(item);
    const length = keys === null ? (item as readonly unknown[]).length : keys.length;
    const parts: string[] = [];
    let chars = 0;
    for (let index = 0; index < length; index++) {
      if (budget <= 0 || chars > maxChars) {
        parts.push('…');
        break;
      }
      const key = keys === null ? String(index) : (keys[index] ?? '');
      const text = describe(ownValue(item, key), depth + 1);
      const part = keys === null ? text : `${leafDescription(key, maxChars)}:${text}`;
      parts.push(part);
      chars += part.length;
    }
    ancestors.delete(item);
    return isArray ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
  };

  let text: string;
  try {
    text = describe(value, 0);
  } catch {
    text = 'an unreadable value';
  }
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}
