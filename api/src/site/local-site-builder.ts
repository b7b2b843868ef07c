import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchoolSite } from '../../../site/build';
import type { Deps } from '../deps';
import { systemContext } from '../lib/context';
import { toSchool } from '../operator/registry';
import { exportSiteData } from './export-site-data';

/**
 * Rebuilds schools' micro-sites on the Bun server, in the background: a change marks the
 * school, and one build per school runs at a time (a change during a build queues one more),
 * in a child process so the API never waits for Astro. `stop()` ends every build before the
 * server closes its databases.
 */
export class LocalSiteBuilder {
  #pending = new Set<string>();
  #running = new Set<string>();
  #builds = new Set<Promise<void>>();
  #stopping = new AbortController();
  constructor(
    private readonly deps: Deps,
    private readonly sitesDir: string,
  ) {}

  /** Asks for a rebuild of one school's site; returns at once. Ignored once stopped. */
  request(code: string): void {
    if (this.#stopping.signal.aborted) return;
    if (this.#running.has(code)) {
      this.#pending.add(code);
      return;
    }
    this.#running.add(code);
    const build = this.#build(code).finally(() => {
      this.#running.delete(code);
      this.#builds.delete(build);
      if (this.#pending.delete(code)) this.request(code);
    });
    this.#builds.add(build);
  }

  /** Builds the sites that were never built (first start, new schools). */
  async buildMissing(): Promise<void> {
    for (const row of await this.deps.registry.all()) {
      if (row.status === 'active' && !existsSync(join(this.sitesDir, row.code, 'index.html'))) this.request(row.code);
    }
  }

  /**
   * Stops building: drops queued rebuilds, kills the running build processes and resolves
   * once they have exited (each school keeps its previous site). Without it a build outlives
   * the server and keeps writing into the sites folder.
   */
  async stop(): Promise<void> {
    this.#pending.clear();
    this.#stopping.abort(new Error('the server is stopping'));
    while (this.#builds.size > 0) await Promise.allSettled([...this.#builds]);
  }

  async #build(code: string): Promise<void> {
    const signal = this.#stopping.signal;
    try {
      const row = await this.deps.registry.row(code);
      if (!row || row.status !== 'active') return;
      const { db } = await this.deps.schools.get(code);
      const data = await exportSiteData(systemContext(this.deps, toSchool(row), db));
      const result = await buildSchoolSite({ data, outDir: join(this.sitesDir, code), base: `/site/${code}/`, signal });
      console.log(`built the micro-site of ${code} in ${Math.round(result.durationMs)} ms`);
    } catch (e) {
      if (signal.aborted) console.log(`stopped the micro-site build of ${code}`);
      else console.error(`micro-site build of ${code} failed`, e);
    }
  }
}
