/**
 * Where a JSON text first nests deeper than `maxNesting` objects and arrays, as an offset into
 * the text; null if it never does. A flat scan (strings skipped, so brackets inside them do not
 * count) that needs no stack of its own: it runs before a recursive parser that would overflow.
 */
export function offsetTooDeep(text: string, maxNesting: number): number | null {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset];
    if (inString) {
      if (char === '\\') offset++; // whatever is escaped cannot end the string
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth++;
      if (depth > maxNesting) return offset;
    } else if (char === '}' || char === ']') depth = Math.max(0, depth - 1);
  }
  return null;
}
