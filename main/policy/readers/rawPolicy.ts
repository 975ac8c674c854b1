import { describeValue } from '../../core/policy/boundedValue';

/**
 * What every OS policy reader returns: the values an administrator set, untouched. Which keys
 * exist and what they may hold is decided later, when policy is mapped onto settings; here a
 * value is only sorted into "enforced" (the user cannot change it) or "recommended" (a preset
 * the user may override).
 */
export interface PolicyProblem {
  /** The file or registry key the problem came from. */
  readonly source: string;
  /** The policy key, when the problem concerns one value rather than the whole source. */
  readonly key?: string;
  readonly reason: string;
}

export interface RawPolicy {
  enforced: Record<string, unknown>;
  recommended: Record<string, unknown>;
  problems: PolicyProblem[];
}

/** A reader of one OS source. It never rejects: whatever goes wrong becomes a problem. */
export type PolicyReader = () => Promise<RawPolicy>;

export const emptyRawPolicy = (): RawPolicy => ({ enforced: {}, recommended: {}, problems: [] });

/**
 * Stores a value under an administrator-chosen name. A plain `record[key] = value` with the key
 * `__proto__` would replace the record's prototype instead of storing data; defining the property
 * keeps every name, however odd, as an ordinary own key.
 */
export function setOwnValue(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Copies every own key of `from` into `into`; keys already in `into` are overwritten. */
export function assignOwnValues(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) setOwnValue(into, key, value);
}

/** An error as a reason quotes it; never throws, whatever was thrown (a symbol, an object whose toString throws). */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
    return typeof error === 'string' ? error : describeValue(error);
  } catch {
    return describeValue(error);
  }
}
