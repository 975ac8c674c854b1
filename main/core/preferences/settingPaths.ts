/** Dotted paths into nested plain objects: how layers, policies and the settings window name a setting. */

export type FlatValues = Readonly<Record<string, unknown>>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function getAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (!isPlainObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** Nested object → flat map of `leafPaths` found in it (arrays are leaves); other keys are returned apart. */
export function flattenValues(nested: unknown, leafPaths: ReadonlySet<string>): { values: FlatValues; unknownPaths: string[] } {
  const values: Record<string, unknown> = {};
  const unknownPaths: string[] = [];
  const visit = (node: unknown, prefix: string): void => {
    if (prefix !== '' && leafPaths.has(prefix)) {
      values[prefix] = node;
      return;
    }
    if (!isPlainObject(node)) {
      unknownPaths.push(prefix === '' ? '(root)' : prefix);
      return;
    }
    for (const [key, value] of Object.entries(node)) visit(value, prefix === '' ? key : `${prefix}.${key}`);
  };
  visit(nested, '');
  return { values, unknownPaths };
}

/** Flat map → nested object, the shape the settings schema and the stored file use. */
export function nestValues(flat: FlatValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    const last = keys.pop() ?? path;
    let node = root;
    for (const key of keys) {
      const child = node[key];
      node = isPlainObject(child) ? child : (node[key] = {});
    }
    node[last] = value;
  }
  return root;
}
