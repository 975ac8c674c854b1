import { parseSettings, type Settings } from '../core/settings';

export class SettingsFileError extends Error {}

/** The line of a character offset, for pointing at a JSON syntax error. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** A settings JSON file, merged over the defaults; any problem names its line or field. */
export function parseSettingsFile(text: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = position === undefined ? '' : ` at line ${lineAt(text, Number(position))}`;
    throw new SettingsFileError(`settings file: not valid JSON${where} (${(error as Error).message})`);
  }
  const result = parseSettings(raw);
  if (!result.ok) throw new SettingsFileError(`settings file: ${result.problems.map((p) => `field ${p}`).join('; ')}`);
  return result.settings;
}
