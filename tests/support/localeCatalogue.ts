import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The locale files as the tests read them: every string of a document by its key path
 * ("player.phase.hold", "hurt.redFlags.2"), and a language's messages merged as the windows and
 * the main process merge them (the break window's file at the top, each other file under its
 * name: "settings.…", "main.…"). The glossaries sit beside them but are no messages.
 */
export const LOCALES_DIRECTORY = join(import.meta.dirname, '../../renderer/src/i18n/locales');

export const readLocaleFile = (file: string): unknown => JSON.parse(readFileSync(join(LOCALES_DIRECTORY, file), 'utf8'));

/** Every string of a document with its key path; array items by their index. */
export function* flattenStrings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* flattenStrings(item, `${path}.${String(i)}`);
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* flattenStrings(item, path === '' ? key : `${path}.${key}`);
}

/** A language's message files: `<language>.json` and every `<part>.<language>.json` but the glossary. */
export const localeFiles = (language: string): string[] =>
  readdirSync(LOCALES_DIRECTORY)
    .filter((file) => file === `${language}.json` || (file.endsWith(`.${language}.json`) && !file.startsWith('glossary.')))
    .sort();

/** Every message of a language by key path, each file's under its part's name. */
export const localeCatalogue = (language: string): Map<string, string> =>
  new Map(localeFiles(language).flatMap((file) => [...flattenStrings(readLocaleFile(file), file === `${language}.json` ? '' : (file.split('.')[0] ?? ''))]));
