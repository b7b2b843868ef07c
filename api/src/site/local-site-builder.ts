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
 * in a child process so the API never waits for Astro.
 */
export class LocalSiteBuilder {
  #pending = new Set<string>();
  #running = new Set<string>();
  constructor(
    private readonly deps: Deps,
    private readonly sitesDir: string,
  ) {}

  /** Asks for a rebuild of one school's site; returns at once. */
  request(code: string): void {
    if (this.#running.has(code)) {
      this.#pending.add(code);
      return;
    }
    this.#running.add(code);
    void this.#build(code).finally(() => {
      this.#running.delete(code);
      if (this.#pending.delete(code)) this.request(code);
    });
  }

  /** Builds the sites that were never built (first start, new schools). */
  async buildMissing(): Promise<void> {
    for (const row of await this.deps.registry.all()) {
      if (row.status === 'active' && !existsSync(join(this.sitesDir, row.code, 'index.html'))) this.request(row.code);
    }
  }

  async #build(code: string): Promise<void> {
    try {
      const row = await this.deps.registry.row(code);
      if (!row || row.status !== 'active') return;
      const { db } = await this.deps.schools.get(code);
      const data = await exportSiteData(systemContext(this.deps, toSchool(row), db));
      const result = await buildSchoolSite({ data, outDir: join(this.sitesDir, code), base: `/site/${code}/` });
      console.log(`built the micro-site of ${code} in ${Math.round(result.durationMs)} ms`);
    } catch (e) {
      console.error(`micro-site build of ${code} failed`, e);
    }
  }
}
