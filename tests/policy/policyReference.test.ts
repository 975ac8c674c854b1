import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS } from '../../main/core/policy/policyKeys';
import { policyReferenceTable, REFERENCE_END, REFERENCE_START, withPolicyReference } from '../../main/policy/templates/policyReference';

const DOCUMENT = join(import.meta.dirname, '..', '..', 'docs', 'deployment.md');

describe('the policy reference in docs/deployment.md', () => {
  it('is what scripts/generatePolicyReference.ts generates from the policy keys (run it after changing a key)', () => {
    const committed = readFileSync(DOCUMENT, 'utf8');
    expect(committed).toBe(withPolicyReference(committed));
  });

  it('has a row for every key, and only between the markers', () => {
    const table = policyReferenceTable();
    for (const key of POLICY_KEYS) expect(table).toContain(`| \`${key.name}\` |`);
    expect(withPolicyReference(`intro\n${REFERENCE_START}\nstale\n${REFERENCE_END}\noutro\n`, 'TABLE')).toBe(`intro\n${REFERENCE_START}\nTABLE\n${REFERENCE_END}\noutro\n`);
    expect(() => withPolicyReference('no markers here')).toThrow(/policy-reference:start/);
  });

  it('keeps every row on one line, whatever a summary contains', () => {
    const rows = policyReferenceTable().split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(POLICY_KEYS.length);
    expect(rows.every((row) => row.split(/(?<!\\)\|/).length === 8)).toBe(true);
  });
});
