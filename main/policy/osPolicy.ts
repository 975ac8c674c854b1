import { userInfo } from 'node:os';
import type { Cancel } from '../core/ports';
import type { PolicyLayers } from '../core/policy/policyLayers';
import { resolvePolicy } from '../core/policy/resolvePolicy';
import type { PolicySource } from '../preferences/policyLayers';
import { readLinuxPolicyFiles } from './readers/linuxPolicyFiles';
import { readMacManagedPreferences } from './readers/macManagedPreferences';
import { watchPolicy } from './readers/policyWatch';
import type { PolicySource as RawReader, RawPolicy } from './readers/rawPolicy';
import { emptyRawPolicy } from './readers/rawPolicy';
import { readWindowsRegistryPolicy } from './readers/windowsRegistry';

/** The policy reader for this OS: the registry, managed preferences, or /etc/breakwise. */
export function osPolicyReader(platform: NodeJS.Platform): RawReader {
  switch (platform) {
    case 'win32':
      return () => readWindowsRegistryPolicy();
    case 'darwin':
      return () => readMacManagedPreferences({ userName: userInfo().username });
    case 'linux':
      return () => readLinuxPolicyFiles();
    default:
      return () => Promise.resolve(emptyRawPolicy());
  }
}

const SOURCE_NAME: Partial<Record<NodeJS.Platform, string>> = { win32: 'registry', darwin: 'managed preferences', linux: '/etc/breakwise/policies' };

/**
 * The organization's policy while Breakwise runs: read once before anything starts (so a
 * locked setting is locked from the first second), then re-read slowly; listeners hear of it
 * only when it changed.
 */
export async function startOsPolicy(read: RawReader, platform: NodeJS.Platform, after: (ms: number, fn: () => void) => Cancel): Promise<PolicySource & { dispose(): void }> {
  const source = SOURCE_NAME[platform] ?? 'policy';
  const toLayers = (raw: RawPolicy): PolicyLayers => resolvePolicy(raw, source);
  const initial = await read();
  let current = toLayers(initial);
  const listeners = new Set<(policy: PolicyLayers) => void>();
  const watch = watchPolicy({
    read,
    initial,
    after,
    onChange: (raw) => {
      current = toLayers(raw);
      listeners.forEach((listener) => listener(current));
    },
  });
  return {
    current: () => current,
    onChange: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    dispose: () => watch.dispose(),
  };
}
