import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../../main/core/shared/languages';
import { pseudoLocalizeMessage } from '../../../renderer/src/i18n/pseudoLocale';
import type { RendererOptions } from './browser';

/**
 * The languages a window can be shown in, for the tests that look at every window in each: every
 * language Breakwise speaks (the browser's own language picks it, as the OS's does in the app)
 * and the pseudo-locale (English accented and lengthened, forced by the address).
 */
export type ShownName = Language | 'pseudo';
export const SHOWN_LANGUAGES: readonly { readonly name: ShownName; readonly options: Pick<RendererOptions, 'locale' | 'search'> }[] = [
  ...LANGUAGES.map((language) => ({ name: language, options: { locale: language } })),
  { name: 'pseudo', options: { locale: 'en-US', search: '?locale=en-XA' } },
];

const LOCALES = join(import.meta.dirname, '../../../renderer/src/i18n/locales');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(LOCALES, file), 'utf8'));

/** Every message of a language by key path, merged as the windows merge them (glossaries and the main process's words aside). */
export function catalogue(language: Language): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${String(i)}`));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, path === '' ? key : `${path}.${key}`);
  };
  walk(readJson(`${language}.json`), '');
  const parts = readdirSync(LOCALES).filter((file) => file.endsWith(`.${language}.json`) && !file.startsWith('glossary.') && !file.startsWith('main.'));
  for (const file of parts) walk(readJson(file), file.split('.')[0] ?? '');
  return out;
}

/** A plain message (one without arguments) as a window in that language shows it: what a test clicks by name. */
export function said(name: ShownName, key: string): string {
  const english = catalogue('en').get(key);
  if (english === undefined) throw new Error(`no message ${key}`);
  if (name === 'pseudo') return pseudoLocalizeMessage(english);
  return catalogue(name).get(key) ?? english;
}
