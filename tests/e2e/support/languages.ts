import { LANGUAGES, type Language } from '../../../main/core/shared/languages';
import { pseudoLocalizeMessage } from '../../../renderer/src/i18n/pseudoLocale';
import { localeCatalogue } from '../../support/localeCatalogue';
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

const catalogues = new Map<Language, Map<string, string>>();

/** Every message of a language by key path, as the windows merge them (the main process's words aside); read once. */
export function catalogue(language: Language): Map<string, string> {
  let messages = catalogues.get(language);
  if (messages === undefined) {
    messages = new Map([...localeCatalogue(language)].filter(([key]) => !key.startsWith('main.')));
    catalogues.set(language, messages);
  }
  return messages;
}

/** A plain message (one without arguments) as a window in that language shows it: what a test clicks by name. */
export function said(name: ShownName, key: string): string {
  const english = catalogue('en').get(key);
  if (english === undefined) throw new Error(`no message ${key}`);
  if (name === 'pseudo') return pseudoLocalizeMessage(english);
  return catalogue(name).get(key) ?? english;
}
