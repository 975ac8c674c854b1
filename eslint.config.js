import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules the pure core may never import: it receives the outside world through ports. */
const OUTSIDE_WORLD = ['electron', 'electron-store', 'node-schedule', 'react', 'react-dom'];
const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'events', 'timers', 'util', 'crypto', 'process', 'worker_threads'];
/** How deep the core's folders go, and one more, so a new level is covered before it is needed. */
const CORE_DEPTHS = [0, 1, 2, 3, 4];

/** What a file `depth` folders below main/core may not import: the outside world, and anything above main/core. */
const coreImportRule = (depth) => ({
  paths: [
    ...OUTSIDE_WORLD.map((name) => ({ name, message: 'main/core is pure: pass this in through a port.' })),
    ...NODE_BUILTINS.map((name) => ({ name, message: 'main/core is pure: no Node built-ins.' })),
  ],
  patterns: [
    { group: ['node:*'], message: 'main/core is pure: no Node built-ins.' },
    { regex: `^(\\.\\./){${depth + 1},}`, message: 'main/core must not depend on the layers around it.' },
  ],
});

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'artifacts/', 'assets/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['main/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'process', 'Buffer', 'require', 'setTimeout', 'setInterval', 'performance'].map((name) => ({
          name,
          message: 'main/core is pure: time and the OS arrive through ports.',
        })),
      ],
    },
  },
  // One block per folder depth, so that a file anywhere in the core is held to the same line:
  // no import may climb out of main/core, however many folders down the file sits.
  ...CORE_DEPTHS.map((depth) => ({
    files: [`main/core/${'*/'.repeat(depth)}*.ts`],
    rules: { 'no-restricted-imports': ['error', coreImportRule(depth)] },
  })),
  {
    files: ['tests/e2e/support/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'node:*'], message: 'The renderer talks only to window.breakwise.' },
            // Types from anywhere; values from the main side only from the pure core's shared rules
            // (main/core/shared: facts both sides need, written once) and the plan table.
            { regex: '(^|/)main/(?!core/shared/|core/preferences/plans$)', allowTypeImports: true, message: 'The renderer talks only to window.breakwise.' },
          ],
        },
      ],
    },
  },
);
