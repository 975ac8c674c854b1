import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../main/core/shared/languages';
import { localeCatalogue, readLocaleFile } from '../support/localeCatalogue';

const SOURCE = join(import.meta.dirname, '../../renderer/src');
/** The main process takes its words (tray, notification, titles, dialogs) from the same files. */
const MAIN_SOURCE = join(import.meta.dirname, '../../main');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

/** Every plural argument of a message (nested ones too), with the categories it has a branch for. */
function plurals(elements: readonly MessageFormatElement[]): { name: string; categories: string[] }[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.plural) {
      const branches = Object.entries(element.options);
      return [{ name: element.value, categories: branches.map(([selector]) => selector) }, ...branches.flatMap(([, branch]) => plurals(branch.value))];
    }
    if (element.type === TYPE.select) return Object.values(element.options).flatMap((branch) => plurals(branch.value));
    if (element.type === TYPE.tag) return plurals(element.children);
    return [];
  });
}

/** The arguments a message takes, by name (a plural's `#` is its own argument's). */
function argumentNames(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element): string[] => {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        return [element.value];
      case TYPE.plural:
      case TYPE.select:
        return [element.value, ...Object.values(element.options).flatMap((branch) => argumentNames(branch.value))];
      case TYPE.tag:
        return argumentNames(element.children);
      default:
        return [];
    }
  });
}

/** Each plural argument's categories (of those CLDR gives the language) that have no branch, as "{name}: no "few"". */
function missingPluralCategories(text: string, lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
  const needed = [...categories].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return plurals(parse(text)).flatMap(({ name, categories: branches }) => needed.filter((category) => !branches.includes(category)).map((category) => `{${name}}: no "${category}"`));
}

const TRANSLATIONS = LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE);
/** Messages that are names in every language: the product, and a file format. */
const NAMES = ['app.name', 'main.dialog.json'];

describe('translations', () => {
  const en = localeCatalogue('en');

  it.each(TRANSLATIONS)('%s has exactly the messages English has', (lang) => {
    expect([...localeCatalogue(lang).keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(TRANSLATIONS)('%s leaves nothing in English: a message written as English writes it is a name, or on the glossary’s list of words the language shares', (lang) => {
    const shared = (readLocaleFile(`glossary.${lang}.json`) as { sameAsEnglish: string[] }).sameAsEnglish;
    const same = [...localeCatalogue(lang)].filter(([key, text]) => en.get(key) === text && /\p{L}{2}/u.test(text.replace(/\{[^}]*\}/g, ''))).map(([key]) => key);
    expect(same.filter((key) => !NAMES.includes(key) && !shared.includes(key))).toEqual([]);
    // The list holds only what is still the same: a word translated later comes off it.
    expect(shared.filter((key) => !same.includes(key))).toEqual([]);
  });

  it.each(LANGUAGES)('every %s message is valid ICU message format', (lang) => {
    for (const [key, text] of localeCatalogue(lang)) expect(() => new IntlMessageFormat(text, lang), key).not.toThrow();
  });

  it.each(TRANSLATIONS)('every %s message takes the arguments its English takes, no more and no fewer', (lang) => {
    for (const [key, text] of localeCatalogue(lang)) {
      const english = en.get(key) ?? '';
      expect(new Set(argumentNames(parse(text))), key).toEqual(new Set(argumentNames(parse(english))));
    }
  });

  it.each(LANGUAGES)('every %s plural has a branch for each plural category CLDR gives the language (Intl.PluralRules)', (lang) => {
    expect([...localeCatalogue(lang)].flatMap(([key, text]) => missingPluralCategories(text, lang).map((missing) => `${key} ${missing}`))).toEqual([]);
  });

  it('the plural check sees each missing category, in a nested plural too, and is content with every one there', () => {
    expect(missingPluralCategories('{n, plural, one {# plik} other {# plików}}', 'pl')).toEqual(['{n}: no "few"', '{n}: no "many"']);
    expect(missingPluralCategories('{a, plural, one {#} other {{b, plural, one {y} other {z}}}}', 'ar')).toEqual([
      '{a}: no "zero"',
      '{a}: no "two"',
      '{a}: no "few"',
      '{a}: no "many"',
      '{b}: no "zero"',
      '{b}: no "two"',
      '{b}: no "few"',
      '{b}: no "many"',
    ]);
    expect(missingPluralCategories('{n, plural, =0 {none} one {# plik} few {# pliki} many {# plików} other {# pliku}}', 'pl')).toEqual([]);
    expect(missingPluralCategories('{n, plural, other {#件}}', 'ja')).toEqual([]);
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
