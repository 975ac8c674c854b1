import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS } from '../../main/core/policy/policyKeys';
import { resolvePolicy } from '../../main/core/policy/resolvePolicy';
import { parseBinaryPlist } from '../../main/policy/readers/binaryPlist';
import { parseRegQuery } from '../../main/policy/readers/regQueryParser';
import { createWindowsRegistryReader, MACHINE_POLICY_KEY } from '../../main/policy/readers/windowsRegistry';
import { parseXmlPlist } from '../../main/policy/readers/xmlPlist';
import { buildMobileconfig } from '../../main/policy/templates/mobileconfig';

/**
 * The OS readers' parsers on hostile input: `reg query` output never makes the Windows reader
 * throw, and a damaged plist is refused with the parser's own error, never a crash of some other
 * kind. Whatever they do return goes through the resolver without throwing.
 */
const PARSER_RUNS = 3_000;
const MACHINE = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Breakwise';

const valueName = fc.oneof(fc.constantFrom(...POLICY_KEYS.map((key) => key.name), '__proto__', 'constructor', 'Admin Contact'), fc.string({ maxLength: 20 }));
const regType = fc.constantFrom('REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_MULTI_SZ', 'REG_BINARY', 'REG_NONE', 'REG_WHATEVER');
const regData = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.bigInt({ min: 0n, max: 2n ** 70n }).map((n) => `0x${n.toString(16)}`),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }).map((items) => items.join('\\0')),
);
const regLine = fc.oneof(
  fc.constantFrom(MACHINE, `${MACHINE}\\Recommended`, `${MACHINE}\\Recommended\\Deeper`, 'HKEY_CURRENT_USER\\Software', '', 'End of search: 3 match(es) found.'),
  fc.tuple(valueName, regType, regData).map(([name, type, data]) => `    ${name}    ${type}    ${data}`),
  fc.tuple(valueName, regType).map(([name, type]) => `    ${name}    ${type}`),
  fc.string({ maxLength: 60 }),
);
const regOutput = fc.oneof(
  fc.tuple(fc.array(regLine, { maxLength: 30 }), fc.constantFrom('\r\n', '\n')).map(([lines, eol]) => lines.join(eol)),
  fc.string({ unit: 'binary', maxLength: 500 }),
);

const resolveEnforced = (values: Record<string, unknown>) => resolvePolicy({ enforced: values, recommended: {}, problems: [] });
const hasReasons = (items: readonly { reason: string }[]): boolean => items.every((item) => item.reason.trim().length > 0);

describe('`reg query` output (property)', () => {
  it('parses anything without throwing, reporting what it skips with a reason', () => {
    fc.assert(
      fc.property(regOutput, (output) => {
        const listing = parseRegQuery(output);
        expect(hasReasons(listing.problems)).toBe(true);
        for (const key of listing.keys) {
          expect(key.path).toMatch(/^HKEY_/);
          expect(hasReasons(resolveEnforced(key.values).problems)).toBe(true);
        }
      }),
      { numRuns: PARSER_RUNS },
    );
  });

  it('never makes the Windows reader reject, whatever reg.exe prints', async () => {
    await fc.assert(
      fc.asyncProperty(regOutput, fc.integer({ min: 0, max: 3 }), async (stdout, exitCode) => {
        const read = createWindowsRegistryReader({
          run: async (_command, args) => (args[1] === MACHINE_POLICY_KEY ? { stdout, stderr: '', exitCode } : { stdout: '', stderr: '', exitCode: args.includes('/s') ? 1 : 0 }),
          realpath: async () => 'C:\\Windows',
        });
        const raw = await read();
        expect(hasReasons(raw.problems)).toBe(true);
        expect(hasReasons(resolvePolicy(raw).problems)).toBe(true);
      }),
      { numRuns: PARSER_RUNS },
    );
  });
});

describe('damaged property lists (property)', () => {
  const profile = buildMobileconfig();
  const damaged = fc
    .tuple(fc.nat({ max: profile.length }), fc.nat({ max: 40 }), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('<', '>', '&', '</dict>', '<array>', '<!DOCTYPE x [', ']]>', '&#x110000;', '<integer>')))
    .map(([at, removed, inserted]) => profile.slice(0, at) + inserted + profile.slice(at + removed));

  it('an XML plist either parses or is refused as malformed', () => {
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string({ maxLength: 200 })), (text) => {
        let value: unknown;
        try {
          value = parseXmlPlist(text);
        } catch (error) {
          expect((error as Error).message).toMatch(/^malformed XML plist: /);
          return;
        }
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) expect(() => resolveEnforced(value as Record<string, unknown>)).not.toThrow();
      }),
      { numRuns: PARSER_RUNS },
    );
  });

  it('a binary plist either parses or is refused as malformed', () => {
    const bytes = fc.uint8Array({ minLength: 0, maxLength: 120 }).map((body) => new Uint8Array([...Buffer.from('bplist00', 'latin1'), ...body]));
    fc.assert(
      fc.property(bytes, (input) => {
        try {
          parseBinaryPlist(input);
        } catch (error) {
          expect((error as Error).message).toMatch(/^(malformed binary plist: |not a binary plist)/);
        }
      }),
      { numRuns: PARSER_RUNS },
    );
  });
});
