import { userInfo } from 'node:os';
import type { Cancel } from '../core/ports';
import { measureValue, POLICY_READ_LIMITS } from '../core/policy/boundedValue';
import { NO_POLICY, type PolicyLayers } from '../core/policy/policyLayers';
import { resolvePolicy } from '../core/policy/resolvePolicy';
import type { LivePolicy } from '../preferences/livePolicy';
import { readLinuxPolicyFiles } from './readers/linuxPolicyFiles';
import { readMacManagedPreferences } from './readers/macManagedPreferences';
import { watchPolicy } from './readers/policyWatch';
import type { PolicyReader, RawPolicy } from './readers/rawPolicy';
import { describeError, emptyRawPolicy } from './readers/rawPolicy';
import { createWindowsRegistryReader } from './readers/windowsRegistry';

/** The policy reader for this OS: the registry, managed preferences, or /etc/breakwise. */
export function osPolicyReader(platform: NodeJS.Platform): PolicyReader {
  switch (platform) {
    case 'win32':
      // Created once per run: it keeps each hive's last good values for a read that fails.
      return createWindowsRegistryReader();
    case 'darwin':
      return () => readMacManagedPreferences({ userName: userInfo().username });
    case 'linux':
      return () => readLinuxPolicyFiles();
    default:
      return () => Promise.resolve(emptyRawPolicy());
  }
}

const SOURCE_NAME: Partial<Record<NodeJS.Platform, string>> = { win32: 'registry', darwin: 'managed preferences', linux: '/etc/breakwise/policies' };

export interface OsPolicy extends LivePolicy {
  /** Re-reads now (or joins the re-read under way); never rejects. */
  refresh(): Promise<void>;
  dispose(): void;
}

export interface OsPolicyOptions {
  /**
   * Where a read that could not be applied is reported, besides the problems list. Standard error
   * by default, so that `--policy-report` keeps standard output for its JSON.
   */
  readonly log?: (message: string) => void;
}

const logToStandardError = (message: string): void => console.error(`[breakwise] ${message}`);

/** The layers for a read, or why the read cannot be applied at all. Never throws. */
function layersOf(raw: RawPolicy, source: string): PolicyLayers | { readonly failure: string } {
  try {
    // Readers hold each file to the file limits; this holds the read as a whole (and a reader
    // that forgot to) to the read limits, before anything walks it.
    const size = measureValue(raw, POLICY_READ_LIMITS);
    if (size.overLimit !== null) return { failure: `the policy read was refused whole: it ${size.overLimit}` };
    return resolvePolicy(raw, source);
  } catch (error) {
    return { failure: `the policy could not be resolved: ${describeError(error)}` };
  }
}

/**
 * The organization's policy while Breakwise runs: read once before anything starts (so a
 * locked setting is locked from the first second), then re-read slowly; listeners hear of it
 * only when it changed.
 *
 * It fails closed and never rejects. A read that rejects, a read over the limits, or a resolver
 * that throws leaves the last good policy in force (before the first good read: no policy), with
 * a problem saying why — so start-up always finishes, and a broken re-read never unlocks what a
 * good one locked.
 */
export async function startOsPolicy(read: PolicyReader, platform: NodeJS.Platform, after: (ms: number, fn: () => void) => Cancel, options: OsPolicyOptions = {}): Promise<OsPolicy> {
  const source = SOURCE_NAME[platform] ?? 'policy';
  const log = (message: string): void => {
    try {
      (options.log ?? logToStandardError)(message);
    } catch {
      // A log that fails must not take policy down with it.
    }
  };
  let lastGood: PolicyLayers = NO_POLICY;
  /** The reason the newest read was not applied, while the last good policy stands in for it. */
  let failure: string | null = null;

  const keepLastGood = (why: string): PolicyLayers => {
    failure = why;
    log(`policy from ${source} not applied: ${why}; the last good policy stays in force`);
    return { ...lastGood, problems: [...lastGood.problems, { source, reason: `${why}; the last good policy stays in force` }] };
  };
  const apply = (raw: RawPolicy): PolicyLayers => {
    const layers = layersOf(raw, source);
    if ('failure' in layers) return keepLastGood(layers.failure);
    failure = null;
    lastGood = layers;
    return layers;
  };

  let initial: RawPolicy | null = null;
  let current: PolicyLayers;
  try {
    initial = await read();
    current = apply(initial);
  } catch (error) {
    current = keepLastGood(`the policy could not be read: ${describeError(error)}`);
  }

  const listeners = new Set<(policy: PolicyLayers) => void>();
  const publish = (next: PolicyLayers): void => {
    current = next;
    for (const listener of listeners) {
      try {
        listener(next);
      } catch (error) {
        log(`a policy listener failed: ${describeError(error)}`);
      }
    }
  };
  const watch = watchPolicy({
    read,
    initial,
    after,
    onChange: (raw) => publish(apply(raw)),
    onError: (error) => {
      const why = `the policy could not be re-read: ${describeError(error)}`;
      // The same failure every five minutes is one problem, not a change each time.
      if (why !== failure) publish(keepLastGood(why));
    },
  });
  return {
    current: () => current,
    onChange: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    refresh: () => watch.refresh(),
    dispose: () => watch.dispose(),
  };
}
