import { defineConfig } from 'vitest/config';

// Unit tests of the admin app's plain modules (client, i18n, menu), on Node with a stubbed
// fetch. Browser scenarios are in ../vitest.e2e.config.mts.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    exclude: ['src/e2e/**', 'dist/**'],
  },
});
