import { z } from 'zod';
import { booleanFromPolicy, parseTimeRange, policyKey, type PolicyKey, type PolicyValueKind } from './policyKeys';
import { NO_ADMIN_POLICY, type AdminContact, type AdminPolicy, type PolicyLayers, type PolicyProblemView } from './policyLayers';

/**
 * Raw policy (as the OS readers found it) → settings layers and organization rules. Every key
 * is taken on its own: an unknown key, a wrong type or an out-of-range value is refused with a
 * reason, and every other key still applies. Setting values are range-checked again by the
 * layering, which reports its refusals the same way.
 */

export interface RawPolicyInput {
  readonly enforced: Readonly<Record<string, unknown>>;
  readonly recommended: Readonly<Record<string, unknown>>;
  readonly problems: readonly PolicyProblemView[];
}

const ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;
const HTTP_URL = /^https?:\/\/[^\s]+$/;
const MAX_LIST_ITEMS = 100;

const valueSchema = (key: PolicyKey): z.ZodType => {
  const kind: PolicyValueKind = key.kind;
  switch (kind.type) {
    case 'boolean':
      return booleanFromPolicy;
    case 'integer':
      // Setting ranges are checked by the layering; organization-only integers here.
      return key.settingPath === null ? z.number().int().min(kind.min).max(kind.max) : z.number().int();
    case 'choice':
      return z.enum(kind.options as [string, ...string[]]);
    case 'text':
      if (key.name === 'AdminContactUrl') return z.string().max(kind.maxLength).regex(HTTP_URL, 'must be an http(s) address');
      if (key.name === 'AdminContactEmail') return z.email().max(kind.maxLength);
      if (key.name === 'ExercisePack') return z.string().max(kind.maxLength).regex(/^(\/|[A-Za-z]:\\)/, 'must be an absolute path');
      return z.string().min(1).max(kind.maxLength);
    case 'list':
      if (kind.item === 'id') return z.array(z.string().regex(ID_PATTERN, 'must be an exercise id such as seated-chin-tuck')).max(MAX_LIST_ITEMS);
      if (kind.item === 'timeRange') return z.array(z.string()).max(MAX_LIST_ITEMS).transform((items) => items.map(parseTimeRange));
      return z.array(z.string()).max(MAX_LIST_ITEMS);
  }
};

const reasonOf = (error: z.ZodError): string => error.issues[0]?.message ?? 'is not valid';

/** Each key's schema, built once: policy is re-read every few minutes. */
const SCHEMAS = new Map<PolicyKey, z.ZodType>();
const schemaOf = (key: PolicyKey): z.ZodType => SCHEMAS.get(key) ?? SCHEMAS.set(key, valueSchema(key)).get(key) ?? valueSchema(key);

const MAX_SHOWN_CHARS = 80;

/** A value as a reason quotes it: short, and never throwing (a BigInt, a cycle). */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
}

function applyAdmin(admin: AdminPolicy, contact: AdminContact, name: string, value: unknown): { admin: AdminPolicy; contact: AdminContact } {
  switch (name) {
    case 'AdminContactName':
      return { admin, contact: { ...contact, name: value as string } };
    case 'AdminContactUrl':
      return { admin, contact: { ...contact, url: value as string } };
    case 'AdminContactEmail':
      return { admin, contact: { ...contact, email: value as string } };
    case 'AllowQuit':
      return { admin: { ...admin, allowQuit: value as boolean }, contact };
    case 'AllowPause':
      return { admin: { ...admin, allowPause: value as boolean }, contact };
    case 'MaxPauseMinutes':
      return { admin: { ...admin, maxPauseMinutes: value as number }, contact };
    case 'MinMicroBreakSeconds':
      return { admin: { ...admin, minimums: { ...admin.minimums, 'microBreak.durationSeconds': value as number } }, contact };
    case 'MinRoutineBreakSeconds':
      return { admin: { ...admin, minimums: { ...admin.minimums, 'routineBreak.durationSeconds': value as number } }, contact };
    case 'ExercisePack':
      return { admin: { ...admin, exercisePack: value as string }, contact };
    case 'DisabledExercises':
      return { admin: { ...admin, disabledExercises: value as string[] }, contact };
    case 'UpdateChecks':
      return { admin: { ...admin, updateChecks: value as boolean }, contact };
    default:
      return { admin, contact };
  }
}

export function resolvePolicy(raw: RawPolicyInput, source = 'policy'): PolicyLayers {
  const problems: PolicyProblemView[] = [...raw.problems];
  const layers = { recommended: {} as Record<string, unknown>, enforced: {} as Record<string, unknown> };
  let admin = NO_ADMIN_POLICY;
  let contact: AdminContact = {};
  for (const level of ['recommended', 'enforced'] as const) {
    for (const [name, value] of Object.entries(raw[level])) {
      const key = policyKey(name);
      if (key === undefined) {
        problems.push({ source, key: name, reason: `${level}: not a Breakwise policy key` });
        continue;
      }
      if (level === 'recommended' && !key.recommendable) {
        problems.push({ source, key: key.name, reason: 'recommended: can only be set as a mandatory (enforced) policy' });
        continue;
      }
      const parsed = schemaOf(key).safeParse(value);
      if (!parsed.success) {
        problems.push({ source, key: key.name, reason: `${level}: ${shown(value)} ${reasonOf(parsed.error)}` });
        continue;
      }
      if (key.settingPath !== null) layers[level][key.settingPath] = parsed.data;
      else ({ admin, contact } = applyAdmin(admin, contact, key.name, parsed.data));
    }
  }
  const hasContact = Object.keys(contact).length > 0;
  return { ...layers, adminContact: hasContact ? contact : null, admin, problems };
}
