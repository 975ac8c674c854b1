import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules the pure core may never import: it receives the outside world through ports. */
const OUTSIDE_WORLD = ['electron', 'electron-store', 'node-schedule', 'react', 'react-dom'];
const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'events', 'timers', 'util', 'crypto', 'process', 'worker_threads'];

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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...OUTSIDE_WORLD.map((name) => ({ name, message: 'main/core is pure: pass this in through a port.' })),
            ...NODE_BUILTINS.map((name) => ({ name, message: 'main/core is pure: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'main/core is pure: no Node built-ins.' },
            { group: ['../adapters/*', '../simulator/*', '../../preload/*', '../../renderer/*'], message: 'main/core must not depend on the layers around it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'process', 'Buffer', 'require', 'setTimeout', 'setInterval', 'performance'].map((name) => ({
          name,
          message: 'main/core is pure: time and the OS arrive through ports.',
        })),
      ],
    },
  },
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
            // Types from anywhere; values from the main side only for the plan table, which is plain data.
            { regex: '(^|/)main/(?!core/preferences/plans$)', allowTypeImports: true, message: 'The renderer talks only to window.breakwise.' },
          ],
        },
      ],
    },
  },
);
