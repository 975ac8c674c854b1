import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseSettings, type Settings } from '../core/settings';

export class SettingsFileError extends Error {}

/** Strict JSON: no comments, no trailing commas. */
const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** A settings JSON file, merged over the defaults; any problem names its line or field. */
export function parseSettingsFile(text: string): Settings {
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, STRICT_JSON);
  const [first] = errors;
  if (first !== undefined) {
    throw new SettingsFileError(`settings file: not valid JSON at line ${lineAt(text, first.offset)} (${printParseErrorCode(first.error)})`);
  }
  const result = parseSettings(raw);
  if (!result.ok) throw new SettingsFileError(`settings file: ${result.problems.map((p) => `field ${p}`).join('; ')}`);
  return result.settings;
}
