import fc from 'fast-check';
import { parseTimeRange, policyKey, POLICY_KEYS, type PolicyKey } from '../../main/core/policy/policyKeys';
import { settingField } from '../../main/core/preferences/settingFields';
import { setOwnValue } from '../../main/policy/readers/rawPolicy';

/**
 * Raw policy documents as an OS reader could hand them over — and worse. Each entry knows what
 * it is: a valid value (and the setting value it must become), a value that must be refused, a
 * key that must not be set at this level, or a name that is no policy key at all.
 */

export type Level = 'enforced' | 'recommended';
export type Entry =
  | { readonly type: 'valid'; readonly key: PolicyKey; readonly name: string; readonly raw: unknown; readonly expected: unknown }
  | { readonly type: 'refused'; readonly key: PolicyKey; readonly name: string; readonly raw: unknown }
  | { readonly type: 'unknown'; readonly name: string; readonly raw: unknown };

export interface FuzzDocument {
  readonly entries: Readonly<Record<Level, readonly Entry[]>>;
  readonly raw: { enforced: Record<string, unknown>; recommended: Record<string, unknown>; problems: { source: string; reason: string }[] };
}

const MINUTES_PER_DAY = 1_440;
const MAX_TIME_RANGES = 8;
const MAX_LIST_ITEMS = 100;
const HUGE_STRING_CHARS = { min: 10_000, max: 100_000 };
/** Keys per level in one document: enough for the cross-field rules to meet, few enough for 10,000 documents in seconds. */
const MAX_KEYS_PER_LEVEL = 8;
const MAX_UNKNOWN_KEYS = 3;

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const hugeString = fc.integer(HUGE_STRING_CHARS).map((length) => 'x'.repeat(length));
const exerciseId = fc.stringMatching(/^[a-z][a-z0-9-]{1,40}$/);

/** Non-overlapping ranges: sorted distinct minute marks, paired up. */
const timeRanges = fc.uniqueArray(fc.integer({ min: 0, max: MINUTES_PER_DAY }), { maxLength: MAX_TIME_RANGES * 2 }).map((marks) => {
  const sorted = [...marks].sort((a, b) => a - b);
  return Array.from({ length: Math.floor(sorted.length / 2) }, (_, i) => `${clock(sorted[2 * i] ?? 0)}-${clock(sorted[2 * i + 1] ?? 0)}`);
});

function validText(key: PolicyKey, maxLength: number): fc.Arbitrary<string> {
  if (key.name === 'AdminContactUrl') return fc.tuple(fc.constantFrom('http', 'https'), fc.stringMatching(/^[a-z0-9.\-/?=&%]{1,200}$/)).map(([scheme, rest]) => `${scheme}://${rest}`);
  if (key.name === 'AdminContactEmail') return fc.tuple(fc.stringMatching(/^[a-z0-9]{1,30}$/), fc.stringMatching(/^[a-z]{1,20}$/), fc.constantFrom('com', 'org', 'de')).map(([user, domain, tld]) => `${user}@${domain}.${tld}`);
  if (key.name === 'ExercisePack') return fc.oneof(fc.string({ maxLength: 200 }).map((rest) => `/${rest}`), fc.string({ maxLength: 200 }).map((rest) => `D:\\${rest}`));
  return fc.string({ minLength: 1, maxLength });
}

/** A value the key accepts on its own, in raw form, with what it becomes. */
function validValue(key: PolicyKey): fc.Arbitrary<{ raw: unknown; expected: unknown }> {
  const same = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((raw) => ({ raw, expected: raw }));
  const kind = key.kind;
  switch (kind.type) {
    case 'boolean':
      return fc.oneof(same(fc.boolean()), fc.constantFrom(0, 1).map((raw) => ({ raw, expected: raw === 1 })));
    case 'integer':
      return same(fc.integer({ min: kind.min, max: kind.max }));
    case 'choice':
      return same(fc.constantFrom(...kind.options));
    case 'text':
      return same(validText(key, kind.maxLength));
    case 'list': {
      if (kind.item === 'timeRange') return timeRanges.map((raw) => ({ raw, expected: raw.map(parseTimeRange) }));
      if (kind.item === 'id') return same(fc.array(exerciseId, { maxLength: 10 }));
      const control = key.settingPath === null ? undefined : settingField(key.settingPath)?.control;
      const minLength = control?.type === 'choices' ? control.minItems : 0;
      return same(fc.array(fc.constantFrom(...(kind.options ?? [])), { minLength, maxLength: 6 }));
    }
  }
}

/** Structurally wrong for every key: nested objects, null, dates, numbers that are not whole. */
const wrongShape: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 3 }),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0.5, -1.25),
);

/** A value the key must refuse, either in the resolver or in the layering. */
function invalidValue(key: PolicyKey): fc.Arbitrary<unknown> {
  const kind = key.kind;
  const wrongType = fc.oneof(wrongShape, fc.string(), hugeString, fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 1, maxLength: 3 }));
  switch (kind.type) {
    case 'boolean':
      return fc.oneof(wrongType, fc.integer().filter((n) => n !== 0 && n !== 1), fc.constantFrom('true', 'yes', 'false'));
    case 'integer':
      return fc.oneof(wrongType, fc.boolean(), fc.integer({ max: kind.min - 1 }), fc.integer({ min: kind.max + 1 }), fc.constant(String(kind.min)));
    case 'choice':
      return fc.oneof(wrongShape, fc.integer(), fc.string().filter((s) => !kind.options.includes(s)), fc.constant([...kind.options]));
    case 'text': {
      const tooLong = fc.integer({ min: kind.maxLength + 1, max: kind.maxLength + 500 }).map((length) => `/${'y'.repeat(length)}`);
      const malformed = { AdminContactUrl: 'ftp://example.com/help', AdminContactEmail: 'not an address', ExercisePack: 'exercises.json' }[key.name] ?? '';
      return fc.oneof(wrongShape, fc.integer(), fc.boolean(), fc.array(fc.string()), fc.constant(malformed), ...(key.name === 'ExercisePack' ? [] : [tooLong]));
    }
    case 'list': {
      const badItem = kind.item === 'timeRange' ? fc.constantFrom('9-17', '17:00-09:00', '25:00-26:00', '09:00-10:00 ') : kind.item === 'id' ? fc.constantFrom('Seated Chin Tuck', 'x', '') : fc.constantFrom('sitting', '');
      return fc.oneof(
        wrongShape,
        fc.string(),
        fc.array(fc.oneof(fc.integer(), fc.boolean(), wrongShape), { minLength: 1, maxLength: 3 }),
        fc.array(badItem, { minLength: 1, maxLength: 3 }),
        fc.constant(Array.from({ length: MAX_LIST_ITEMS + 1 }, () => (kind.item === 'timeRange' ? '09:00-10:00' : kind.item === 'id' ? 'walk-tall' : 'seated'))),
      );
    }
  }
}

/** Names that are no policy key, in any casing: prototype names, near misses, huge and empty names. */
const unknownName: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'StrictMode ', 'Strict.Mode', 'microBreak.enabled', 'Breakwise'),
    fc.string({ maxLength: 30 }),
    hugeString,
  )
  .filter((name) => policyKey(name) === undefined);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 3 }), wrongShape, hugeString);

function keyEntry(key: PolicyKey, level: Level): fc.Arbitrary<Entry> {
  const name = fc.mixedCase(fc.constant(key.name));
  const valid = fc.tuple(name, validValue(key)).map(([n, v]): Entry => ({ type: 'valid', key, name: n, raw: v.raw, expected: v.expected }));
  const refused = (values: fc.Arbitrary<unknown>) => fc.tuple(name, values).map(([n, raw]): Entry => ({ type: 'refused', key, name: n, raw }));
  // An organization-only key is refused at the recommended level whatever its value.
  if (level === 'recommended' && !key.recommendable) return refused(fc.oneof(validValue(key).map((v) => v.raw), invalidValue(key)));
  return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: refused(invalidValue(key)), weight: 1 });
}

function levelEntries(level: Level): fc.Arbitrary<Entry[]> {
  // Built once: building arbitraries inside chain() for every document is what makes fuzzing slow.
  const entries = new Map(POLICY_KEYS.map((key) => [key, keyEntry(key, level)]));
  const known = fc.shuffledSubarray([...entries.values()], { maxLength: MAX_KEYS_PER_LEVEL }).chain((arbitraries) => fc.tuple(...arbitraries));
  const unknown = fc.array(fc.tuple(unknownName, anyValue).map(([name, raw]): Entry => ({ type: 'unknown', name, raw })), { maxLength: MAX_UNKNOWN_KEYS });
  return fc.tuple(known, unknown).map(([k, u]) => [...k, ...u.filter((entry, i) => u.findIndex((other) => other.name === entry.name) === i)]);
}

const toRecord = (entries: readonly Entry[]): Record<string, unknown> => {
  const record: Record<string, unknown> = {};
  for (const entry of entries) setOwnValue(record, entry.name, entry.raw);
  return record;
};

export const fuzzDocument: fc.Arbitrary<FuzzDocument> = fc
  .record({
    enforced: levelEntries('enforced'),
    recommended: levelEntries('recommended'),
    problems: fc.array(fc.record({ source: fc.string(), reason: fc.string({ minLength: 1 }).filter((r) => r.trim() !== '') }), { maxLength: 2 }),
  })
  .map(({ enforced, recommended, problems }) => ({
    entries: { enforced, recommended },
    raw: { enforced: toRecord(enforced), recommended: toRecord(recommended), problems },
  }));
