import { POLICY_KEYS, type PolicyKey } from '../../core/policy/policyKeys';
import { MACHINE_POLICY_KEY, RECOMMENDED_SUBKEY } from '../readers/windowsRegistry';

/**
 * The Group Policy view of POLICY_KEYS, shared by the ADMX and the ADML so their ids agree:
 * every key once as a mandatory policy, and every recommendable key once more under the
 * Recommended subkey. Both levels use class="Both", so a policy can be set for the machine (HKLM)
 * or for users (HKCU), the two hives the Windows reader reads.
 */

/** The registry key without its hive: ADMX names the key, the class picks HKLM or HKCU. */
export const MANDATORY_REGISTRY_KEY = MACHINE_POLICY_KEY.replace(/^HKLM\\/, '');
export const RECOMMENDED_REGISTRY_KEY = `${MANDATORY_REGISTRY_KEY}\\${RECOMMENDED_SUBKEY}`;

export const ADMX_NAMESPACE = 'Breakwise.Policies.Breakwise';
export const ADMX_PREFIX = 'breakwise';
export const POLICY_DEFINITIONS_XMLNS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
/** The revision of the template files; raise it when a policy changes meaning. */
export const ADMX_REVISION = '1.0';
export const SUPPORTED_ON_ID = 'SUPPORTED_Breakwise_0_1';

export const CATEGORIES = {
  mandatory: { id: 'Breakwise' },
  /** Its title is worded in each language (admlWording.ts: recommendedCategory). */
  recommended: { id: 'BreakwiseRecommended' },
} as const;

export type PolicyLevel = keyof typeof CATEGORIES;

export interface AdmxPolicy {
  readonly key: PolicyKey;
  readonly level: PolicyLevel;
  /** Unique among all policies; also the id of its strings and presentation. */
  readonly id: string;
  readonly registryKey: string;
}

const RECOMMENDED_ID_SUFFIX = '_Recommended';

export function admxPolicies(keys: readonly PolicyKey[] = POLICY_KEYS): AdmxPolicy[] {
  const mandatory = keys.map((key): AdmxPolicy => ({ key, level: 'mandatory', id: key.name, registryKey: MANDATORY_REGISTRY_KEY }));
  const recommended = keys
    .filter((key) => key.recommendable)
    .map((key): AdmxPolicy => ({ key, level: 'recommended', id: `${key.name}${RECOMMENDED_ID_SUFFIX}`, registryKey: RECOMMENDED_REGISTRY_KEY }));
  return [...mandatory, ...recommended];
}

/** Ids of the ADML strings a policy refers to. */
export const explainId = (policy: AdmxPolicy): string => `${policy.id}_Explain`;
export const optionId = (policy: AdmxPolicy, option: string): string => `${policy.id}_${option.replace(/[^A-Za-z0-9]/g, '_')}`;

/** Booleans are plain enabled/disabled policies; every other kind needs an element and a presentation. */
export const hasPresentation = (policy: AdmxPolicy): boolean => policy.key.kind.type !== 'boolean';
