import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Working-hours and midnight tests pin their own zone; this keeps every other test independent of the machine's.
    env: { TZ: 'UTC' },
    setupFiles: ['tests/setup/fastCheck.ts'],
    testTimeout: 60_000,
  },
});
