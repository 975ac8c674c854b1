import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalForm, describeValue, measureValue, POLICY_FILE_LIMITS, POLICY_READ_LIMITS, type ValueLimits } from '../../main/core/policy/boundedValue';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import { startOsPolicy } from '../../main/policy/osPolicy';
import { MAX_POLICY_FILE_BYTES } from '../../main/policy/readers/fileTrust';
import { readLinuxPolicyFiles } from '../../main/policy/readers/linuxPolicyFiles';
import { readMacManagedPreferences } from '../../main/policy/readers/macManagedPreferences';
import { POLICY_REREAD_INTERVAL_MS } from '../../main/policy/readers/policyWatch';
import type { RawPolicy } from '../../main/policy/readers/rawPolicy';
import { deepJson, HOSTILE_FILES, laughsPlist, xmlPlist } from '../support/hostilePolicyFiles';
import { manualTimers } from '../support/manualTimers';

/**
 * Policy written to stop the app: tiny files that expand to billions of values, nesting hundreds
 * of thousands of levels deep, cycles, megabyte strings, headers that claim 2^63 objects — each
 * under a real policy key and under an unknown one. Every one must be refused with a reason that
 * names its source, leave the other files in force, and let reading, resolving, start-up and the
 * five-minute re-read all finish, with no unhandled rejection.
 *
 * "Finishes" is the assertion: a hang would time the test out. How *much* work each step does is
 * asserted where it can be counted (values visited); wall time belongs to a benchmark.
 */

const TRUSTED_UID = process.getuid?.() ?? 0;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
/** A key that exists (its value is checked and quoted) and one that does not (its value is never looked at). */
const KNOWN_KEY = 'DisabledExercises';
const UNKNOWN_KEY = 'Laughs';
/** A raw policy that made it past the readers is a handful of values, not the hostile one. */
const SMALL_READ_VALUES = 20;

// ---------------------------------------------------------------- placing files

let root: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'breakwise-hostile-policy-'));
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(async () => {
  // One turn of the event loop: Node reports unhandled rejections after the microtask queue drains.
  await new Promise((resolve) => setImmediate(resolve));
  process.off('unhandledRejection', onUnhandled);
  await rm(root, { recursive: true, force: true });
  expect(unhandled).toEqual([]);
});

async function place(path: string, content: string | Buffer): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  for (let dir = dirname(path); dir !== root; dir = dirname(dir)) await chmod(dir, DIR_MODE);
  await writeFile(path, content);
  await chmod(path, FILE_MODE);
  return path;
}

interface Installed {
  readonly read: () => Promise<RawPolicy>;
  readonly hostilePath: string;
  /** What the good file beside the hostile one sets, as settings. */
  readonly stillEnforced: Readonly<Record<string, unknown>>;
}

/** Linux: the hostile file and a good one in the managed directory. */
async function installLinux(content: string | Buffer): Promise<Installed> {
  const managed = join(root, 'etc/breakwise/policies/managed');
  await place(join(managed, '10-good.json'), JSON.stringify({ StrictMode: true }));
  const hostilePath = await place(join(managed, '20-hostile.json'), content);
  return { read: () => readLinuxPolicyFiles({ root, trustedOwnerUid: TRUSTED_UID }), hostilePath, stillEnforced: { strict: true } };
}

/** macOS: the hostile file as the device profile, a good user profile beside it. */
async function installMac(content: string | Buffer): Promise<Installed> {
  const preferences = join(root, 'Library/Managed Preferences');
  const userFile = join(preferences, 'ada', 'com.breakwise.app.plist');
  await place(userFile, xmlPlist('<dict><key>MicroBreakEveryMinutes</key><integer>45</integer></dict>'));
  const hostilePath = await place(join(preferences, 'com.breakwise.app.plist'), content);
  return { read: () => readMacManagedPreferences({ root, userName: 'ada', trustedOwnerUid: TRUSTED_UID }), hostilePath, stillEnforced: { 'microBreak.everyMinutes': 45 } };
}

const CASES = HOSTILE_FILES.flatMap((file) => [KNOWN_KEY, UNKNOWN_KEY].map((key) => ({ ...file, key })));

describe('hostile policy files', () => {
  it('are built as described: small files, within the size readers accept', () => {
    expect(laughsPlist(UNKNOWN_KEY, 40).length).toBeLessThan(400);
    for (const { content, key } of CASES) expect(Buffer.byteLength(content(key))).toBeLessThanOrEqual(MAX_POLICY_FILE_BYTES);
  });

  it.each(CASES)('$name under $key: refused with the file and the reason; the other file applies; start-up and the re-read finish', async (hostile) => {
    const installed = await (hostile.platform === 'linux' ? installLinux : installMac)(hostile.content(hostile.key));
    const problem = { source: installed.hostilePath, reason: expect.stringMatching(new RegExp(`^ignored: .*${hostile.why.source}`)) };

    const raw = await installed.read();
    expect(raw.problems).toEqual([problem]);
    expect(Object.keys(raw.enforced)).not.toContain(hostile.key);
    expect(measureValue(raw, POLICY_READ_LIMITS).nodes).toBeLessThan(SMALL_READ_VALUES);
    expect(resolvePolicy(raw).enforced).toEqual(installed.stillEnforced);

    const timers = manualTimers();
    const logged: string[] = [];
    const policy = await startOsPolicy(installed.read, hostile.platform, timers.after, { log: (message) => logged.push(message) });
    expect(policy.current().enforced).toEqual(installed.stillEnforced);
    expect(policy.current().problems).toEqual([problem]);
    expect(logged).toEqual([]); // The read itself succeeded: the bad file is a problem, not a failure.

    const changes: unknown[] = [];
    policy.onChange((next) => changes.push(next));
    timers.fire();
    await policy.refresh();
    expect(changes).toEqual([]); // The same files read again: nothing new.
    expect(timers.delays()).toEqual([POLICY_REREAD_INTERVAL_MS]);
    policy.dispose();
  });

  it('lets a fixed file apply on the next re-read, and the problem goes', async () => {
    const installed = await installLinux(deepJson(KNOWN_KEY));
    const timers = manualTimers();
    const policy = await startOsPolicy(installed.read, 'linux', timers.after);
    expect(policy.current().problems).toHaveLength(1);
    await place(installed.hostilePath, JSON.stringify({ [KNOWN_KEY]: ['neck-roll'] }));
    timers.fire();
    await policy.refresh();
    expect(policy.current().problems).toEqual([]);
    expect(policy.current().admin.disabledExercises).toEqual(['neck-roll']);
    policy.dispose();
  });
});

// ---------------------------------------------------------------- hostile values from a reader

/** 2^depth leaves through shared references. */
function laughs(depth: number): unknown {
  let value: unknown = true;
  for (let i = 0; i < depth; i++) value = [value, value];
  return value;
}
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
function cyclic(): unknown {
  const outer: unknown[] = [];
  outer.push([outer]);
  return outer;
}
function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
const throwingGetter = (): unknown =>
  Object.defineProperty({}, 'boom', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
const MEBIBYTE = 1024 * 1024;
const SHARED_STRING_CHARS = 100_000;
const SHARED_STRING_TIMES = 10_000;

/** Values no reader should hand over — the readers' limits are the first wall, these test the second. */
const HOSTILE_VALUES: readonly { name: string; value: () => unknown; why: RegExp }[] = [
  { name: '2^40 values behind shared references', value: () => laughs(40), why: /nests deeper than 17 levels/ },
  { name: '400,000 levels of nesting', value: () => nested(400_000), why: /nests deeper than 17 levels/ },
  { name: 'an array that contains itself', value: cyclic, why: /contains itself/ },
  { name: 'a revoked proxy', value: revokedProxy, why: /could not be read/ },
  { name: '1 MiB of one string', value: () => 'x'.repeat(MEBIBYTE), why: /characters of text/ },
  { name: 'a 100 KB string shared 10,000 times', value: () => Array<string>(SHARED_STRING_TIMES).fill('x'.repeat(SHARED_STRING_CHARS)), why: /characters of text/ },
];
/** Odd but small: refused key by key, never the whole read. */
const ODD_VALUES: readonly { name: string; value: () => unknown; shown: string }[] = [
  { name: 'a BigInt', value: () => 10n ** 30n, shown: '1000000000000000000000000000000n' },
  { name: 'a getter that throws', value: throwingGetter, shown: '{"boom":(getter)}' },
  { name: 'a symbol', value: () => Symbol('odd'), shown: 'Symbol(odd)' },
];

const fixedRead = (values: Record<string, unknown>) => async (): Promise<RawPolicy> => ({ enforced: { StrictMode: true, ...values }, recommended: {}, problems: [] });

describe('hostile values straight from a reader', () => {
  it.each(HOSTILE_VALUES.flatMap((hostile) => [KNOWN_KEY, UNKNOWN_KEY].map((key) => ({ ...hostile, key }))))(
    '$name under $key: the read is refused whole, the last good policy stays, and the re-read finishes',
    async ({ value, why, key }) => {
      const timers = manualTimers();
      const logged: string[] = [];
      let read = fixedRead({});
      const policy = await startOsPolicy(() => read(), 'linux', timers.after, { log: (message) => logged.push(message) });
      expect(policy.current().enforced).toEqual({ strict: true });

      read = fixedRead({ StrictMode: false, [key]: value() });
      timers.fire();
      await policy.refresh();
      expect(policy.current().enforced).toEqual({ strict: true }); // last good, not the hostile read's StrictMode false
      expect(policy.current().problems).toEqual([{ source: '/etc/breakwise/policies', reason: expect.stringMatching(new RegExp(`^the policy read was refused whole: it .*${why.source}.*; the last good policy stays in force$`)) }]);
      expect(logged).toEqual([expect.stringMatching(why)]);

      timers.fire();
      await policy.refresh(); // the same hostile read again: compared within bounds, and no news
      expect(logged).toHaveLength(1);
      policy.dispose();
    },
  );

  it.each(HOSTILE_VALUES.flatMap((hostile) => [KNOWN_KEY, UNKNOWN_KEY].map((key) => ({ ...hostile, key }))))(
    '$name under $key: resolvePolicy on its own finishes and refuses it',
    ({ value, key }) => {
      const layers = resolvePolicy({ enforced: { StrictMode: true, [key]: value() }, recommended: {}, problems: [] }, 'test');
      expect(layers.enforced).toEqual({ strict: true });
      expect(layers.problems).toEqual([{ source: 'test', key, reason: expect.stringMatching(/^enforced: .{1,200}$/) }]);
    },
  );

  it.each(ODD_VALUES)('$name under a known key is refused and quoted, and the rest applies', async ({ value, shown }) => {
    const policy = await startOsPolicy(fixedRead({ [KNOWN_KEY]: value() }), 'linux', manualTimers().after);
    expect(policy.current().enforced).toEqual({ strict: true });
    expect(policy.current().problems).toEqual([{ source: '/etc/breakwise/policies', key: KNOWN_KEY, reason: expect.stringContaining(`enforced: ${shown} `) }]);
  });
});

// ---------------------------------------------------------------- the bounded helpers themselves

/** A 2^depth laughs value whose every property read is counted. */
function countedLaughs(depth: number): { value: unknown; reads: () => number } {
  let reads = 0;
  let value: unknown = true;
  for (let i = 0; i < depth; i++) {
    value = new Proxy([value, value], {
      getOwnPropertyDescriptor(target, key) {
        reads += 1;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
  }
  return { value, reads: () => reads };
}

const WIDE_LIMITS: ValueLimits = { maxNodes: 1_000, maxDepth: 100, maxTextChars: MEBIBYTE };

describe('bounded looks at values', () => {
  it('measures 2^40 shared values by visiting no more than the budget', () => {
    const laughsValue = countedLaughs(40);
    const size = measureValue(laughsValue.value, WIDE_LIMITS);
    expect(size.overLimit).toBe('holds more than 1000 values (shared references counted where they appear)');
    expect(laughsValue.reads()).toBeLessThanOrEqual(WIDE_LIMITS.maxNodes);
  });

  it('writes a canonical form of 2^40 shared values within the same budget', () => {
    const laughsValue = countedLaughs(40);
    const { form, overLimit } = canonicalForm(laughsValue.value, WIDE_LIMITS);
    expect(overLimit).toMatch(/more than 1000 values/);
    expect(form.endsWith(`…(${overLimit})`)).toBe(true);
    expect(laughsValue.reads()).toBeLessThanOrEqual(WIDE_LIMITS.maxNodes);
  });

  it('describes 2^40 shared values from a dozen reads, in at most 80 characters', () => {
    const laughsValue = countedLaughs(40);
    const text = describeValue(laughsValue.value);
    expect(text.length).toBeLessThanOrEqual(81);
    expect(text.startsWith('[[[[')).toBe(true);
    expect(laughsValue.reads()).toBeLessThanOrEqual(12);
  });

  it('measures 400,000 levels of nesting without recursing', () => {
    expect(measureValue(nested(400_000), { ...WIDE_LIMITS, maxDepth: 500_000, maxNodes: 500_000 })).toEqual({ nodes: 400_001, depth: 400_001, textChars: 0, overLimit: null });
    expect(measureValue(nested(400_000), POLICY_FILE_LIMITS).overLimit).toBe('nests deeper than 16 levels');
  });

  it('refuses a wide container before visiting its items', () => {
    expect(measureValue(Array<number>(10_000_000).fill(0), WIDE_LIMITS)).toMatchObject({ nodes: 1, overLimit: expect.stringMatching(/more than 1000 values/) });
  });

  it('counts a shared string every time it appears', () => {
    const shared = Array<string>(10).fill('x'.repeat(1_000));
    expect(measureValue(shared, { ...WIDE_LIMITS, maxTextChars: 5_000 }).overLimit).toBe('holds more than 5000 characters of text');
  });

  it.each([
    ['a BigInt', 12n, '12n'],
    ['a cycle', cyclic(), '[[(itself)]]'],
    ['a getter, which it never runs', throwingGetter(), '{"boom":(getter)}'],
    ['a revoked proxy', revokedProxy(), 'an unreadable value'],
    ['an invalid date', new Date(Number.NaN), 'Invalid Date'],
    ['binary data', new Uint8Array(3), '<3 bytes of data>'],
    ['a symbol', Symbol('s'), 'Symbol(s)'],
    ['undefined', undefined, 'undefined'],
    ['NaN', Number.NaN, 'NaN'],
    ['plain JSON', { a: [1, 'b', null, true] }, '{"a":[1,"b",null,true]}'],
  ])('describes %s without throwing', (_what, value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('quotes at most 80 characters of a megabyte string, without copying it whole', () => {
    expect(describeValue('x'.repeat(MEBIBYTE))).toBe(`"${'x'.repeat(79)}…`);
  });

  it('gives equal forms to equal values in new objects, and different forms to any change', () => {
    const form = (value: unknown) => canonicalForm(value, POLICY_READ_LIMITS).form;
    const policy = () => ({ StrictMode: true, List: ['a', 'b'], When: new Date(0), Data: new Uint8Array([1, 2]) });
    expect(form(policy())).toBe(form(policy()));
    for (const changed of [
      { ...policy(), StrictMode: 1 },
      { ...policy(), List: ['a', 'b', 'c'] },
      { ...policy(), List: 'a,b' },
      { ...policy(), When: new Date(1) },
      { ...policy(), Data: new Uint8Array([1, 3]) },
      { List: ['a', 'b'], StrictMode: true, When: new Date(0), Data: new Uint8Array([1, 2]) }, // order can matter: StrictMode and strictmode resolve in turn
      { ...policy(), Extra: undefined },
    ]) {
      expect(form(changed)).not.toBe(form(policy()));
    }
    expect(form(-0)).not.toBe(form(0));
    expect(form('1')).not.toBe(form(1));
  });

  it('gives two values over the limits the same form when they agree up to the limit, naming it', () => {
    const tight: ValueLimits = { maxNodes: 5, maxDepth: 4, maxTextChars: 100 };
    const a = canonicalForm([[1, 2], [3, 4], [5, 6]], tight);
    expect(a).toEqual(canonicalForm([[1, 2], [3, 9], [5, 6]], tight));
    expect(a.form).toBe('[[1,2],…(holds more than 5 values (shared references counted where they appear))');
    expect(canonicalForm([[1, 3], [3, 4], [5, 6]], tight)).not.toEqual(a);
    expect(canonicalForm([[1, 2]], tight)).toEqual({ form: '[[1,2]]', overLimit: null });
  });
});
