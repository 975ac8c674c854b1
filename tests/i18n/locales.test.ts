import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../renderer/src/i18n/locales');
const SOURCE = join(import.meta.dirname, '../../renderer/src');
/** The main process takes its words (tray, notification, titles, dialogs) from the same files. */
const MAIN_SOURCE = join(import.meta.dirname, '../../main');

/** Every message as "path → text"; arrays count as messages item by item. */
function messages(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((item, i) => messages(item, `${prefix}.${i}`).forEach((v, k) => out.set(k, v)));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) messages(child, prefix === '' ? key : `${prefix}.${key}`).forEach((v, k) => out.set(k, v));
  }
  return out;
}

/** The locale files of one language, merged as i18n.ts merges them. */
const catalogue = (lang: string) => {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(LOCALES, file), 'utf8'));
  // The glossaries sit beside the messages but are no messages: tests/i18n/glossary.test.ts reads them.
  const windows = readdirSync(LOCALES)
    .filter((f) => f.endsWith(`.${lang}.json`) && !f.startsWith('glossary.'))
    .map((f) => [f.split('.')[0], read(f)] as const);
  return messages({ ...(read(`${lang}.json`) as object), ...Object.fromEntries(windows) });
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

describe('translations', () => {
  const en = catalogue('en');
  const de = catalogue('de');

  it('German has exactly the messages English has', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(['en', 'de'])('every %s message is valid ICU message format', (lang) => {
    for (const [key, text] of lang === 'en' ? en : de) expect(() => new IntlMessageFormat(text, lang), key).not.toThrow();
  });

  it('every key the main process asks for exists, literal or the fixed start of a composed one', () => {
    const pattern = /\bt\((?:'([a-zA-Z0-9_.]+)'|`([a-zA-Z0-9_.]+)\$\{)/g;
    const used = sourceFiles(MAIN_SOURCE).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1] ?? (m[2] ?? '').replace(/\.$/, '')));
    expect(used.length).toBeGreaterThan(15);
    const prefixes = new Set([...en.keys()].flatMap((k) => k.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
    expect(used.filter((key) => !prefixes.has(key))).toEqual([]);
    expect(used.filter((key) => key.startsWith('main.') || key.startsWith('kind.')).length).toBe(used.length);
  });

  it('every literal key the renderer asks for exists', () => {
    const used = sourceFiles(SOURCE).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)].map((m) => m[1] ?? ''));
    expect(used.length).toBeGreaterThan(30);
    const prefixes = new Set([...en.keys()].flatMap((k) => k.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
    expect(used.filter((key) => !prefixes.has(key))).toEqual([]);
  });
});
