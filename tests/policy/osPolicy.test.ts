import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_POLICY, type PolicyLayers } from '../../main/core/policy/policyLayers';
import { startOsPolicy } from '../../main/policy/osPolicy';
import { readLinuxPolicyFiles } from '../../main/policy/readers/linuxPolicyFiles';
import { POLICY_REREAD_INTERVAL_MS } from '../../main/policy/readers/policyWatch';
import type { RawPolicy } from '../../main/policy/readers/rawPolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { manualTimers } from '../support/manualTimers';

describe('policy from the OS while Breakwise runs (Linux files in a temp root)', () => {
  it('locks a setting from the start, and applies a changed policy file on the next re-read without a restart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'breakwise-policy-'));
    const managed = join(root, 'etc/breakwise/policies/managed');
    mkdirSync(managed, { recursive: true, mode: 0o755 });
    writeFileSync(join(managed, '10-breaks.json'), JSON.stringify({ MicroBreakEveryMinutes: 25, AdminContactName: 'IT' }), { mode: 0o644 });
    const read = () => readLinuxPolicyFiles({ root, trustedOwnerUid: process.getuid?.() ?? 0 });
    const timers = manualTimers();
    const policy = await startOsPolicy(read, 'linux', timers.after);
    const preferences = new PreferencesService(memoryDocument(EMPTY_PREFERENCES), policy, () => 0);
    expect(preferences.settings.microBreak.everyMinutes).toBe(25);
    expect(preferences.view().sources['microBreak.everyMinutes']).toBe('enforced');
    expect(preferences.set('microBreak.everyMinutes', 30)).toBe('microBreak.everyMinutes: Managed by your organization');

    writeFileSync(join(managed, '10-breaks.json'), JSON.stringify({ MicroBreakEveryMinutes: 35, StrictMode: 'on' }), { mode: 0o644 });
    expect(timers.delays()).toEqual([POLICY_REREAD_INTERVAL_MS]);
    const changed = new Promise<void>((resolve) => preferences.onChange(() => resolve()));
    timers.fire();
    await changed;
    expect(preferences.settings.microBreak.everyMinutes).toBe(35);
    expect(preferences.view().policyProblems).toEqual([expect.objectContaining({ key: 'StrictMode', reason: expect.stringContaining('"on"') })]);
    policy.dispose();
  });
});

const good = (enforced: Record<string, unknown>): RawPolicy => ({ enforced, recommended: {}, problems: [] });
/** [[[…[]…]]], `depth` arrays deep. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** A reader whose next result the test sets: a policy, or an error to reject with. */
function scriptedReader(first: RawPolicy | Error) {
  let next: RawPolicy | Error = first;
  return {
    read: () => (next instanceof Error ? Promise.reject(next) : Promise.resolve(next)),
    set: (result: RawPolicy | Error) => void (next = result),
  };
}

describe('policy that cannot be applied: the last good policy stays in force', () => {
  const SOURCE = '/etc/breakwise/policies';

  it('starts with no policy and a problem, instead of rejecting, when the first read rejects; the first good read then applies', async () => {
    const reader = scriptedReader(new Error('disk on fire'));
    const timers = manualTimers();
    const logged: string[] = [];
    const policy = await startOsPolicy(reader.read, 'linux', timers.after, { log: (message) => logged.push(message) });
    expect(policy.current()).toEqual({ ...NO_POLICY, problems: [{ source: SOURCE, reason: 'the policy could not be read: disk on fire; the last good policy stays in force' }] });
    expect(logged).toEqual([expect.stringContaining('disk on fire')]);

    reader.set(good({ StrictMode: true }));
    timers.fire();
    await policy.refresh();
    expect(policy.current().enforced).toEqual({ strict: true });
    expect(policy.current().problems).toEqual([]);
    policy.dispose();
  });

  it('keeps the last good policy, with a problem said once, while re-reads reject, and drops the problem when reading works again', async () => {
    const reader = scriptedReader(good({ StrictMode: true }));
    const timers = manualTimers();
    const logged: string[] = [];
    const policy = await startOsPolicy(reader.read, 'linux', timers.after, { log: (message) => logged.push(message) });
    const heard: PolicyLayers[] = [];
    policy.onChange((next) => heard.push(next));

    reader.set(new Error('EIO'));
    timers.fire();
    await policy.refresh();
    timers.fire();
    await policy.refresh();
    expect(policy.current().enforced).toEqual({ strict: true });
    expect(policy.current().problems).toEqual([{ source: SOURCE, reason: 'the policy could not be re-read: EIO; the last good policy stays in force' }]);
    expect(heard).toHaveLength(1);
    expect(logged).toHaveLength(1);

    reader.set(good({ StrictMode: true }));
    timers.fire();
    await policy.refresh();
    expect(policy.current().problems).toEqual([]);
    expect(heard).toHaveLength(2);
    policy.dispose();
  });

  it('finishes start-up when a value under a policy key is nested 400,000 levels deep', async () => {
    const policy = await startOsPolicy(async () => good({ StrictMode: true, DisabledExercises: nested(400_000) }), 'linux', manualTimers().after);
    expect(policy.current().enforced).toEqual({});
    expect(policy.current().problems).toEqual([{ source: SOURCE, reason: 'the policy read was refused whole: it nests deeper than 17 levels; the last good policy stays in force' }]);
  });

  it('keeps the last good policy when a re-read is over the limits, instead of unlocking what it locked', async () => {
    const reader = scriptedReader(good({ StrictMode: true, AllowQuit: false }));
    const timers = manualTimers();
    const policy = await startOsPolicy(reader.read, 'linux', timers.after);
    reader.set(good({ StrictMode: false, Deep: nested(400_000) }));
    timers.fire();
    await policy.refresh();
    expect(policy.current().enforced).toEqual({ strict: true });
    expect(policy.current().admin.allowQuit).toBe(false);
    expect(policy.current().problems).toEqual([expect.objectContaining({ reason: expect.stringContaining('nests deeper than 17 levels') })]);
    policy.dispose();
  });

  it('falls back when resolving the read throws', async () => {
    const unlistable = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const policy = await startOsPolicy(async () => ({ enforced: unlistable, recommended: {}, problems: [] }), 'linux', manualTimers().after);
    expect(policy.current().enforced).toEqual({});
    expect(policy.current().problems).toEqual([{ source: SOURCE, reason: expect.stringMatching(/^the policy read was refused whole: it could not be read \(trap\)/) }]);
  });

  it('logs a listener that throws, and the other listeners still hear the change', async () => {
    const reader = scriptedReader(good({}));
    const timers = manualTimers();
    const logged: string[] = [];
    const policy = await startOsPolicy(reader.read, 'linux', timers.after, { log: (message) => logged.push(message) });
    const heard: PolicyLayers[] = [];
    policy.onChange(() => {
      throw new Error('listener bug');
    });
    policy.onChange((next) => heard.push(next));
    reader.set(good({ StrictMode: true }));
    timers.fire();
    await policy.refresh();
    expect(heard.map((next) => next.enforced)).toEqual([{ strict: true }]);
    expect(logged).toEqual([expect.stringContaining('listener bug')]);
    policy.dispose();
  });
});
