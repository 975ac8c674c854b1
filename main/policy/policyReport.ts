import { POLICY_KEYS } from '../core/policy/policyKeys';
import type { AdminContact, AdminPolicy, PolicyLayers } from '../core/policy/policyLayers';
import type { Rejection, ResolvedSettings, SettingSource } from '../core/preferences/layers';
import { SETTING_FIELDS } from '../core/preferences/settingFields';
import { getAtPath } from '../core/preferences/settingPaths';

/**
 * What `breakwise --policy-report` prints for a helpdesk: every effective setting with the policy
 * key that sets it and where its value came from, the organization-only rules in force, and every
 * policy value that was refused with its reason. Pure: it only rearranges what the resolver and
 * the layering already decided, so the report cannot disagree with what the app does.
 */

export type PolicyLevel = 'enforced' | 'recommended';

export interface ReportedSetting {
  /** The policy key name an administrator would set. */
  readonly key: string;
  readonly path: string;
  readonly value: unknown;
  readonly source: SettingSource;
}

export interface ReportedRejection {
  readonly key: string;
  /** The file or registry key it came from, when the reader knew it. */
  readonly source?: string;
  readonly level?: PolicyLevel;
  readonly value?: unknown;
  readonly reason: string;
}

export interface PolicyReport {
  readonly settings: readonly ReportedSetting[];
  readonly admin: AdminPolicy & { readonly adminContact: AdminContact | null };
  readonly rejected: readonly ReportedRejection[];
}

const KEY_BY_PATH = new Map(POLICY_KEYS.flatMap((key) => (key.settingPath === null ? [] : [[key.settingPath, key.name] as const])));
/** The resolver starts a per-key reason with the level it was read at ("enforced: 500 is too big"). */
const LEVEL_PREFIX = /^(enforced|recommended): /;
/** Problems about a whole source (an unreadable file) name no key. */
const WHOLE_SOURCE = '(all keys)';

function fromProblem(problem: PolicyLayers['problems'][number]): ReportedRejection {
  const level = LEVEL_PREFIX.exec(problem.reason)?.[1] as PolicyLevel | undefined;
  return {
    key: problem.key ?? WHOLE_SOURCE,
    source: problem.source,
    ...(level === undefined ? {} : { level }),
    reason: problem.reason,
  };
}

export function policyReport(resolved: ResolvedSettings, policy: PolicyLayers): PolicyReport {
  const settings = SETTING_FIELDS.map(
    (field): ReportedSetting => ({
      key: KEY_BY_PATH.get(field.path) ?? field.path,
      path: field.path,
      value: getAtPath(resolved.settings, field.path),
      source: resolved.sources[field.path] ?? 'default',
    }),
  );
  const refusedByLayering = resolved.rejected
    .filter((rejection): rejection is Rejection & { layer: PolicyLevel } => rejection.layer !== 'user')
    .map(
      (rejection): ReportedRejection => ({
        key: KEY_BY_PATH.get(rejection.path) ?? rejection.path,
        level: rejection.layer,
        value: rejection.value,
        reason: `${rejection.path} ${rejection.reason}`,
      }),
    );
  return {
    settings,
    admin: { ...policy.admin, adminContact: policy.adminContact },
    rejected: [...policy.problems.map(fromProblem), ...refusedByLayering],
  };
}
