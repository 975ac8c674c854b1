import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

const problemsIn = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
};

describe('the pure core stays pure', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;", 'no-restricted-imports'],
    ["import schedule from 'node-schedule';\nexport const s = schedule;", 'no-restricted-imports'],
    ["import Store from 'electron-store';\nexport const s = Store;", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'no-restricted-imports'],
    ["import { join } from 'path';\nexport const j = join;", 'no-restricted-imports'],
    ['export const now = () => performance.now();', 'no-restricted-globals'],
    ['export const later = (f: () => void) => setTimeout(f, 1);', 'no-restricted-globals'],
    ['export const title = () => document.title;', 'no-restricted-globals'],
  ])('lint refuses %j in main/core', async (code, rule) => {
    expect((await problemsIn('main/core/engine/leak.ts', code)).join('\n')).toContain(rule);
  });

  it.each([
    ['main/core/leak.ts', "import { systemClock } from '../adapters/systemClock';\nexport const c = systemClock;"],
    ['main/core/engine/leak.ts', "import { systemClock } from '../../adapters/systemClock';\nexport const c = systemClock;"],
    ['main/core/policy/deeper/leak.ts', "import { startOsPolicy } from '../../../policy/osPolicy';\nexport const s = startOsPolicy;"],
    ['main/core/a/b/c/leak.ts', "import { contract } from '../../../../../preload/contract';\nexport const c = contract;"],
  ])('lint refuses an import that climbs out of the core, at any depth (%s)', async (filePath, code) => {
    expect((await problemsIn(filePath, code)).join('\n')).toContain('main/core must not depend on the layers around it');
  });

  it('lets the core import its own files, across its folders', async () => {
    expect(await problemsIn('main/core/engine/ok.ts', "import { BREAK_KINDS } from '../shared/breakKinds';\nexport const k = BREAK_KINDS;\n")).toEqual([]);
  });

  it('lets the renderer take values from the core\'s shared rules, and only types from elsewhere in main', async () => {
    expect(await problemsIn('renderer/src/ok.ts', "import { BREAK_KINDS } from '../../main/core/shared/breakKinds';\nexport const k = BREAK_KINDS;\n")).toEqual([]);
    expect((await problemsIn('renderer/src/leak.ts', "import { DEFAULT_SETTINGS } from '../../main/core/settings';\nexport const d = DEFAULT_SETTINGS;\n")).join('\n')).toContain('window.breakwise');
  });

  it('allows the same import outside the core, in an adapter', async () => {
    expect(await problemsIn('main/adapters/leak.ts', "import schedule from 'node-schedule';\nexport const s = schedule;\n")).toEqual([]);
  });
});
