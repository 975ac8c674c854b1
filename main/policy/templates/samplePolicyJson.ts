import { samplePolicy } from './sampleValues';

/**
 * A sample /etc/breakwise/policies/managed/policy.json: every key with an example value. JSON
 * has no comments, so what each key means is in docs/deployment.md; an administrator keeps only
 * the keys they mean to manage.
 */
const JSON_INDENT = 2;

export function samplePolicyJson(): string {
  return `${JSON.stringify(Object.fromEntries(samplePolicy('linux').map(([key, value]) => [key.name, value])), null, JSON_INDENT)}\n`;
}
