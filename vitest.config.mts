import { defineConfig } from 'vitest/config';

// API, database, jobs and adapter tests, on Node against libSQL files.
// Workers-runtime tests: vitest.workers.config.mts. Browser tests: vitest.e2e.config.mts.
export default defineConfig({
  test: {
    include: ['api/src/**/*.test.ts', 'db/**/*.test.ts', 'jobs/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'api/test/workers/**', 'admin/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
