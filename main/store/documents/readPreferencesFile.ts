import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_PREFERENCES, type PreferencesData } from '../../preferences/preferencesData';
import { withoutVersion } from '../migrations';
import { parsePreferences, PREFERENCES_VERSION } from './preferencesDocument';

/**
 * The person's preferences as they stand on disk, read without the store: for the policy
 * report, which must show what the running app would resolve yet write nothing. A file that
 * is missing, unreadable or of another version reads as no changes.
 */
export function readPreferencesFile(directory: string): PreferencesData {
  try {
    const raw: unknown = JSON.parse(readFileSync(join(directory, 'preferences.json'), 'utf8'));
    const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).schemaVersion : undefined;
    return version === PREFERENCES_VERSION ? parsePreferences(withoutVersion(raw as Record<string, unknown>)).value : EMPTY_PREFERENCES;
  } catch {
    return EMPTY_PREFERENCES;
  }
}
