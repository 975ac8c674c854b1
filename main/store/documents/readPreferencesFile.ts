import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_PREFERENCES, type PreferencesData } from '../../preferences/preferencesData';
import { interpretStoredText } from '../storedText';
import { preferencesDefinition } from './preferencesDocument';

/**
 * The person's preferences as the running app would read them, read without the store: for the
 * policy report, which must write nothing. The same reading as the store's (storedText.ts): a
 * byte-order mark, an older layout, the legacy pause file, a newer version or one bad value
 * give what the app would keep; a file with nothing usable, or none, reads as no changes.
 */
export function readPreferencesFile(directory: string): PreferencesData {
  const { name, legacyFile } = preferencesDefinition;
  const own = readText(join(directory, `${name}.json`));
  if (own.kind === 'text') return interpretStoredText(preferencesDefinition, own.text).value;
  // As in the store: the legacy file is read only when the document's own file does not exist.
  if (own.kind === 'missing' && legacyFile !== undefined) {
    const legacy = readText(join(directory, legacyFile));
    if (legacy.kind === 'text') return interpretStoredText(preferencesDefinition, legacy.text, true).value;
  }
  return EMPTY_PREFERENCES;
}

function readText(path: string): { kind: 'text'; text: string } | { kind: 'missing' | 'unreadable' } {
  try {
    return { kind: 'text', text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { kind: (error as NodeJS.ErrnoException | null)?.code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
}
