import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Builds, browsers and daemons are shared machines: give each file room, run files two at a time.
    maxWorkers: 2,
    environment: 'node',
    // Working-hours and midnight tests pin their own zone; this keeps every other test independent of the machine's.
    env: { TZ: 'UTC' },
    setupFiles: ['tests/setup/fastCheck.ts'],
    globalSetup: ['tests/setup/buildOnce.ts'],
    testTimeout: 60_000,
  },
});
