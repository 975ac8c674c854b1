import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { settingsSchema, type Settings } from '../../main/core/settings';
import { offsetTooDeep } from './jsonNesting';

export class SettingsFileError extends Error {}

/** Strict JSON: no comments, no trailing commas. */
const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * The deepest setting (workingHours.days.monday[0].from) sits five containers deep. The limit
 * leaves room for a value nested too deep to be reported by the schema, and stays far below the
 * few thousand levels at which jsonc-parser, which recurses once per level, runs out of stack.
 */
const MAX_NESTING = 64;

/** jsonc-parser assigns keys with `object[key] = value`: this one would set the object's prototype, not a value. */
const PROTOTYPE_KEY = '__proto__';

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

const fieldName = (path: readonly PropertyKey[]): string => (path.length > 0 ? path.map(String).join('.') : '(root)');

/** Every `__proto__` key in the tree, with its path; depth is bounded by MAX_NESTING. */
function prototypeKeys(node: Node, path: JSONPath = []): { key: Node; path: JSONPath }[] {
  if (node.type === 'array') return (node.children ?? []).flatMap((child, index) => prototypeKeys(child, [...path, index]));
  if (node.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) return [];
    const keyPath = [...path, String(key.value)];
    return key.value === PROTOTYPE_KEY ? [{ key, path: keyPath }] : prototypeKeys(value, keyPath);
  });
}

/** The line of the deepest part of `path` that the file spells out (a defaulted field is reported where its group is). */
function lineOfPath(text: string, tree: Node, path: readonly PropertyKey[]): number {
  for (let length = path.length; length >= 0; length--) {
    const segments = path.slice(0, length).filter((segment): segment is string | number => typeof segment !== 'symbol');
    const node = findNodeAtLocation(tree, segments);
    if (node !== undefined) return lineAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return 1;
}

/** Each problem as "line N, field F: message", in the order of the file. */
function describeIssues(text: string, tree: Node, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      // An unknown key is reported on its object; point at the key itself.
      const located = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
      return { line: lineOfPath(text, tree, located), text: `field ${fieldName(issue.path)}: ${issue.message}` };
    })
    .sort((a, b) => a.line - b.line)
    .map((problem) => `line ${problem.line}, ${problem.text}`)
    .join('; ');
}

/** A settings JSON file, merged over the defaults; any problem names its line and field. */
export function parseSettingsFile(text: string): Settings {
  const tooDeep = offsetTooDeep(text, MAX_NESTING);
  if (tooDeep !== null) {
    throw new SettingsFileError(`settings file line ${lineAt(text, tooDeep)}: nested more than ${MAX_NESTING} levels deep; no setting is nested that deep`);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, STRICT_JSON);
  const [first] = errors;
  if (first !== undefined || tree === undefined) {
    const where = first === undefined ? '' : ` at line ${lineAt(text, first.offset)} (${printParseErrorCode(first.error)})`;
    throw new SettingsFileError(`settings file: not valid JSON${where}`);
  }
  const [prototypeKey] = prototypeKeys(tree);
  if (prototypeKey !== undefined) {
    throw new SettingsFileError(
      `settings file line ${lineAt(text, prototypeKey.key.offset)}, field ${fieldName(prototypeKey.path)}: "${PROTOTYPE_KEY}" is not a setting (it would change the object's prototype)`,
    );
  }
  const result = settingsSchema.safeParse(getNodeValue(tree));
  if (!result.success) throw new SettingsFileError(`settings file ${describeIssues(text, tree, result.error.issues)}`);
  return result.data;
}
