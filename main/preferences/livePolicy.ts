import { NO_POLICY, type PolicyLayers } from '../core/policy/policyLayers';

export { NO_POLICY, type PolicyLayers };

/** The organization's policy in force, and news of its changes: the OS readers in the app, a plain value in tests. */
export interface LivePolicy {
  current(): PolicyLayers;
  onChange(listener: (policy: PolicyLayers) => void): () => void;
}

/** A policy held in memory: for tests, and for a machine without any policy. */
export function memoryPolicy(initial: PolicyLayers = NO_POLICY): LivePolicy & { set(policy: PolicyLayers): void } {
  let policy = initial;
  const listeners = new Set<(policy: PolicyLayers) => void>();
  return {
    current: () => policy,
    onChange: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    set(next) {
      policy = next;
      listeners.forEach((listener) => listener(next));
    },
  };
}
