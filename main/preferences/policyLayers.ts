import type { FlatValues } from '../core/preferences/settingPaths';
import type { AdminContact } from '../../preload/views';

/** What the organization's policy says: values it recommends, values it enforces, and whom to ask. */
export interface PolicyLayers {
  readonly recommended: FlatValues;
  readonly enforced: FlatValues;
  readonly adminContact: AdminContact | null;
  /** Policy values refused before they reached the settings (unreadable files, unknown keys), with reasons. */
  readonly problems: readonly { readonly source: string; readonly key?: string; readonly reason: string }[];
}

export const NO_POLICY: PolicyLayers = { recommended: {}, enforced: {}, adminContact: null, problems: [] };

/** Where policy comes from: the OS readers in the app, a plain value in tests. */
export interface PolicySource {
  current(): PolicyLayers;
  onChange(listener: (policy: PolicyLayers) => void): () => void;
}

/** A policy held in memory: for tests, and for a machine without any policy. */
export function memoryPolicy(initial: PolicyLayers = NO_POLICY): PolicySource & { set(policy: PolicyLayers): void } {
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
