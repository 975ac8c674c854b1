import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startOsPolicy } from '../../main/policy/osPolicy';
import { readLinuxPolicyFiles } from '../../main/policy/readers/linuxPolicyFiles';
import { POLICY_REREAD_INTERVAL_MS } from '../../main/policy/readers/policyWatch';
import { memoryDocument, EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { PreferencesService } from '../../main/preferences/preferencesService';

/** Timers the test fires by hand: no waiting. */
const manualTimers = () => {
  const pending: { ms: number; fn: () => void }[] = [];
  return {
    after: (ms: number, fn: () => void) => {
      const entry = { ms, fn };
      pending.push(entry);
      return () => void pending.splice(pending.indexOf(entry), 1);
    },
    fire: () => pending.splice(0).forEach((entry) => entry.fn()),
    delays: () => pending.map((entry) => entry.ms),
  };
};

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
