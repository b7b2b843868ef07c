// Types of the workerd test environment: wrangler.toml's bindings (with the overrides of
// vitest.workers.config.mts) and the main module's exports (`exports.default.fetch`).
import type { Env as WorkerEnv } from '../../src/edge';

declare global {
  namespace Cloudflare {
    interface Env extends Omit<WorkerEnv, 'FILES' | 'ASSETS'> {
      FILES: R2Bucket;
      ASSETS: Fetcher;
    }
    interface GlobalProps {
      mainModule: typeof import('../../src/worker');
    }
  }
}
