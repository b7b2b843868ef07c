import { defineConfig } from 'vitest/config';

// Browser tests: the built admin app served by the Bun server, driven in Debian's Chromium
// through playwright-core. One fork, one file at a time: each file starts its own server.
export default defineConfig({
  test: {
    include: ['admin/src/e2e/**/*.test.ts'],
    globalSetup: ['admin/src/e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
