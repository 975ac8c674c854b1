import type { BackendOptions } from './documentTypes';
import { UNVERSIONED, VERSION_KEY } from './migrations';

/**
 * Before compiling a schema, Ajv checks it against the JSON Schema meta-schema, and conf builds
 * a new Ajv for every store: measured at 150–200 ms of start-up per document, against under
 * 40 ms without. Our schemas are fixed at build time, so a test checks them once instead.
 */
const SKIP_META_VALIDATION = { validateSchema: false };

const MOVED_KEYWORDS = new Set(['$schema', '$defs', 'properties']);

/**
 * The schema conf enforces for one document. conf validates while opening, so it must not
 * reject an older layout before our migrations have run: the value's schema applies only
 * when the file says it is the current version (JSON Schema 2020 `if`/`then`, which conf's
 * Ajv2020 supports). Every file must still be an object with an integer version, if any, so a
 * hand-written `42` or `[]` is rejected rather than silently read as an empty document.
 */
export function confValidation(
  version: number,
  jsonSchema: Readonly<Record<string, unknown>> | undefined,
): Pick<BackendOptions, 'schema' | 'rootSchema' | 'ajvOptions'> {
  const schema = { [VERSION_KEY]: { type: 'integer', minimum: UNVERSIONED } } satisfies BackendOptions['schema'];
  if (jsonSchema === undefined) return { schema, rootSchema: {}, ajvOptions: SKIP_META_VALIDATION };
  // `$schema` may only open a schema resource, and zod's `#/$defs/...` references resolve
  // against conf's root, so both move out of the nested `then`.
  const { $defs, properties } = jsonSchema;
  const valueSchema = Object.fromEntries(Object.entries(jsonSchema).filter(([key]) => !MOVED_KEYWORDS.has(key)));
  const currentVersion = { required: [VERSION_KEY], properties: { [VERSION_KEY]: { const: version } } };
  const rootSchema = {
    ...($defs === undefined ? {} : { $defs }),
    if: currentVersion,
    // The version field is ours, so a value schema with `additionalProperties: false` must allow it.
    then: { ...valueSchema, properties: { ...(properties as object | undefined), [VERSION_KEY]: { const: version } } },
  };
  // zod's JSON Schema type and conf's (json-schema-typed) describe the same documents but are
  // not assignable to each other; tests/store/confValidation.test.ts checks the result.
  return { schema, rootSchema: rootSchema as BackendOptions['rootSchema'], ajvOptions: SKIP_META_VALIDATION };
}
