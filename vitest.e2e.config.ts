import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers: one file at a time on these 2-core machines.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
  },
});
