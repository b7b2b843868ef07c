import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Tests that run inside workerd (Miniflare) with wrangler.toml's bindings: the Worker's
// routing and scheduled dispatch, and the R2 file store on a real (local) R2 binding.
// Offline: every outbound fetch fails as if the network were down, so nothing here reaches
// Turso, WeCom or an SMS provider. Tests that need a database stay in the Node suite
// (vitest.config.mts), on libSQL files.
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          PUBLIC_URL: 'https://campus.test',
          CONTROL_DB_URL: 'https://control.db.invalid',
          SCHOOL_DB_URL_TEMPLATE: 'https://{code}.db.invalid',
        },
        outboundService: () => {
          throw new Error('offline: the workers tests make no outbound requests');
        },
      },
    }),
  ],
  test: {
    include: ['api/test/workers/**/*.test.ts'],
    // CommonJS packages with deep requires (sanitize-html → postcss) are pre-bundled, as
    // wrangler bundles them for a deploy, instead of resolved module by module in workerd
    deps: { optimizer: { ssr: { enabled: true, include: ['sanitize-html'] } } },
    testTimeout: 20_000,
  },
});
