import { defineConfig } from 'vitest/config';

// Micro-site tests, on Node: they run real Astro builds into temporary folders.
//   npx vitest run site/build.test.ts --config site/vitest.config.mts
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
