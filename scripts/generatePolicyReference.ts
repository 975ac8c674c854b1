/**
 * Rewrites the policy reference table in docs/deployment.md (between the policy-reference
 * markers) from main/core/policy/policyKeys.ts. Run after adding or changing a policy key;
 * tests/policy/policyReference.test.ts fails until the document is regenerated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPolicyReference } from '../main/policy/templates/policyReference';

const DOCUMENT = join(import.meta.dirname, '..', 'docs', 'deployment.md');

const before = readFileSync(DOCUMENT, 'utf8');
const after = withPolicyReference(before);
if (after === before) console.log(`${DOCUMENT} is up to date`);
else {
  writeFileSync(DOCUMENT, after);
  console.log(`rewrote the policy reference in ${DOCUMENT}`);
}
