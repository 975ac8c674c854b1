import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { confValidation } from '../../main/store/confValidation';
import { counterDefinition } from './counterDocument';
import { tempDirectory } from './storeTestKit';
import { toyDefinition } from './toyDocument';

const range = z.strictObject({ from: z.string(), to: z.string() });
/** A schema that reuses a part, which zod writes as `$defs` and `$ref`s. */
const withDefs = z.toJSONSchema(z.strictObject({ lunch: range, meetings: z.array(range).default([]) }), { io: 'input', reused: 'ref' });

describe('the schema handed to conf', () => {
  let dir: ReturnType<typeof tempDirectory>;
  beforeEach(() => {
    dir = tempDirectory();
  });
  afterEach(() => dir.cleanUp());

  /** The store skips Ajv's meta-schema check at start-up for speed; this is where it happens. */
  const strictConf = (version: number, jsonSchema: Readonly<Record<string, unknown>> | undefined, contents: string): Conf => {
    writeFileSync(join(dir.path, 'doc.json'), contents);
    const options = confValidation(version, jsonSchema);
    return new Conf({ cwd: dir.path, configName: 'doc', clearInvalidConfig: false, ...options, ajvOptions: { ...options.ajvOptions, validateSchema: true } });
  };

  it.each([
    ['toy', toyDefinition.version, toyDefinition.jsonSchema],
    ['counter', counterDefinition.version, counterDefinition.jsonSchema],
    ['a schema with $defs', 1, withDefs],
    ['no schema at all', 1, undefined],
  ])('is valid JSON Schema 2020-12 for %s', (_name, version, jsonSchema) => {
    expect(() => strictConf(version, jsonSchema, '{}')).not.toThrow();
  });

  it('would catch a broken schema', () => {
    expect(() => strictConf(1, { type: 'object', properties: { a: { type: 'nonsense' } } }, '{}')).toThrow(/schema is invalid/);
  });

  it('resolves references to $defs from inside the current-version check', () => {
    expect(() => strictConf(1, withDefs, '{ "schemaVersion": 1, "lunch": { "from": "12:00", "to": "13:00" } }')).not.toThrow();
    expect(() => strictConf(1, withDefs, '{ "schemaVersion": 1, "lunch": { "from": 12 } }')).toThrow(/schema violation/);
  });

  it('checks only files of the current version, so older layouts reach their migrations', () => {
    expect(() => strictConf(3, toyDefinition.jsonSchema, '{ "minutes": "fifteen", "sound": "off" }')).not.toThrow();
    expect(() => strictConf(3, toyDefinition.jsonSchema, '{ "schemaVersion": 2, "sound": "off" }')).not.toThrow();
    expect(() => strictConf(3, toyDefinition.jsonSchema, '{ "schemaVersion": 3, "sound": "off" }')).toThrow(/additional properties/);
  });

  it('accepts a current file that leaves out fields with defaults, as zod does', () => {
    expect(() => strictConf(3, toyDefinition.jsonSchema, '{ "schemaVersion": 3 }')).not.toThrow();
  });

  it.each(['42', '[]', '"text"', '{ "schemaVersion": "3" }', '{ "schemaVersion": 0 }'])('refuses %s whatever the version', (contents) => {
    expect(() => strictConf(3, undefined, contents)).toThrow(/schema violation/);
  });
});
