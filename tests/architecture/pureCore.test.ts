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

  it('allows the same import outside the core, in an adapter', async () => {
    expect(await problemsIn('main/adapters/leak.ts', "import schedule from 'node-schedule';\nexport const s = schedule;\n")).toEqual([]);
  });
});
