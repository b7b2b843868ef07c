/**
 * 1. Baseline: a bare `Bun.serve` answering `hello`, under the same load as the app routes.
 *    bun bench/baseline.ts
 */
import { formatLoad, load, type LoadResult } from './lib/load';
import { startServer } from './lib/processes';

export async function benchBaseline(): Promise<LoadResult> {
  const server = await startServer('bench/servers/hello.ts', {});
  try {
    return await load({ url: `${server.url}/`, serverPid: server.pid });
  } finally {
    await server.stop();
  }
}

if (import.meta.main) console.log(formatLoad('baseline (bare Bun.serve)', await benchBaseline()));
