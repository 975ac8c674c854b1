import { z } from 'zod';
import { booleanFromPolicy, parseTimeRange, policyKey, type PolicyKey, type PolicyValueKind } from './policyKeys';
import { exerciseIdSchema } from '../shared/exerciseId';
import { describeValue } from './boundedValue';
import { NO_ADMIN_POLICY, type AdminContact, type AdminPolicy, type PolicyLayers, type PolicyProblemView } from './policyLayers';

/**
 * Raw policy (as the OS readers found it) → settings layers and organization rules. Every key
 * is taken on its own: an unknown key, a wrong type or an out-of-range value is refused with a
 * reason, and every other key still applies. Setting values are range-checked again by the
 * layering, which reports its refusals the same way.
 *
 * Raw values may be hostile (see boundedValue.ts): a refused value is quoted with the bounded
 * describer, and an unknown key's value is never looked at. Never throws.
 */

export interface RawPolicyInput {
  readonly enforced: Readonly<Record<string, unknown>>;
  readonly recommended: Readonly<Record<string, unknown>>;
  readonly problems: readonly PolicyProblemView[];
}

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
      if (kind.item === 'id') return z.array(exerciseIdSchema).max(MAX_LIST_ITEMS);
      if (kind.item === 'timeRange') return z.array(z.string()).max(MAX_LIST_ITEMS).transform((items) => items.map(parseTimeRange));
      return z.array(z.string()).max(MAX_LIST_ITEMS);
  }
};

const reasonOf = (error: z.ZodError): string => error.issues[0]?.message ?? 'is not valid';

/** Each key's schema, built once: policy is re-read every few minutes. */
const SCHEMAS = new Map<PolicyKey, z.ZodType>();
const schemaOf = (key: PolicyKey): z.ZodType => SCHEMAS.get(key) ?? SCHEMAS.set(key, valueSchema(key)).get(key) ?? valueSchema(key);

/**
 * Problems listed one by one. A file of 100,000 unknown keys would otherwise become 100,000 lines
 * in the log, the report and the settings window; the first few hundred show what is wrong.
 */
const MAX_LISTED_PROBLEMS = 200;

/** The problems as listed: the first ones, then one line saying how many more there were. */
function listed(problems: readonly PolicyProblemView[], source: string): PolicyProblemView[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return [...problems];
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), { source, reason: `${more} more problems not listed; the first ${MAX_LISTED_PROBLEMS} are above` }];
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

/** One key's verdict: where its value goes, or why it was refused. */
type Verdict = { readonly key: PolicyKey; readonly value: unknown } | { readonly problem: PolicyProblemView };

function checkValue(level: 'recommended' | 'enforced', name: string, value: unknown, source: string): Verdict {
  const key = policyKey(name);
  if (key === undefined) return { problem: { source, key: name, reason: `${level}: not a Breakwise policy key` } };
  if (level === 'recommended' && !key.recommendable) {
    return { problem: { source, key: key.name, reason: 'recommended: can only be set as a mandatory (enforced) policy' } };
  }
  const parsed = schemaOf(key).safeParse(value);
  if (!parsed.success) return { problem: { source, key: key.name, reason: `${level}: ${describeValue(value)} ${reasonOf(parsed.error)}` } };
  return { key, value: parsed.data };
}

/** Own keys and values without running getters; a record that cannot even be listed is one problem. */
function entriesOf(record: Readonly<Record<string, unknown>>, level: string, source: string, problems: PolicyProblemView[]): [string, unknown][] {
  try {
    return Object.keys(record).map((name) => {
      const descriptor = Object.getOwnPropertyDescriptor(record, name);
      return [name, descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined];
    });
  } catch (error) {
    problems.push({ source, reason: `${level}: could not be read (${describeValue(error instanceof Error ? error.message : error)})` });
    return [];
  }
}

export function resolvePolicy(raw: RawPolicyInput, source = 'policy'): PolicyLayers {
  const problems: PolicyProblemView[] = [...raw.problems];
  const layers = { recommended: {} as Record<string, unknown>, enforced: {} as Record<string, unknown> };
  let admin = NO_ADMIN_POLICY;
  let contact: AdminContact = {};
  for (const level of ['recommended', 'enforced'] as const) {
    for (const [name, value] of entriesOf(raw[level], level, source, problems)) {
      let verdict: Verdict;
      try {
        verdict = checkValue(level, name, value, source);
      } catch (error) {
        // A value whose very reading throws (a proxy, a getter) is refused like any other bad value.
        verdict = { problem: { source, key: name, reason: `${level}: could not be checked (${describeValue(error instanceof Error ? error.message : error)})` } };
      }
      if ('problem' in verdict) {
        problems.push(verdict.problem);
        continue;
      }
      if (verdict.key.settingPath !== null) layers[level][verdict.key.settingPath] = verdict.value;
      else ({ admin, contact } = applyAdmin(admin, contact, verdict.key.name, verdict.value));
    }
  }
  const hasContact = Object.keys(contact).length > 0;
  return { ...layers, adminContact: hasContact ? contact : null, admin, problems: listed(problems, source) };
}
