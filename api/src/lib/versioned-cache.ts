import { eq, sql } from 'drizzle-orm';
import { perClient, type SchoolDbOrTx } from '../../../db/client';
import { dataVersions } from '../../../db/schema';

/**
 * Answers computed from a school's data, remembered with the change counter they were computed
 * at (`data_versions`, kept by SQL triggers). An entry is used only while the counter has not
 * moved, so a write by any request, job or process makes it stale at once; reading the counter
 * is one indexed row. Bounded per school (least recently used goes first).
 *
 * This is a per-process cache: at the edge each isolate keeps its own, and is still right.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: number; value: T }>();

  constructor(private readonly maxEntries: number) {}

  /** The value remembered for `key` at `version`, or undefined. */
  get(key: string, version: number): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    // re-inserting keeps the map in least-recently-used order
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, version: number, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The counters SQL triggers keep (see the migrations `*_triggers`). */
export type DataArea = 'contacts';

// built once per client: a cache hit should cost one indexed read, not a query builder run
const versionQuery = perClient((db: SchoolDbOrTx) =>
  db
    .select({ n: dataVersions.n })
    .from(dataVersions)
    .where(eq(dataVersions.name, sql.placeholder('area')))
    .prepare(),
);

/** The current value of a change counter. */
export async function dataVersion(db: SchoolDbOrTx, area: DataArea): Promise<number> {
  const row = await versionQuery(db).get({ area });
  return row?.n ?? 0;
}

const caches = new Map<string, VersionedCache<unknown>>();
const SCHOOLS_KEPT = 256;

/**
 * The cache of one school for one use (e.g. `students`). Schools are kept up to a bound,
 * least recently used first out, like the database clients.
 */
export function schoolCache<T>(school: string, use: string, maxEntries = 200): VersionedCache<T> {
  const key = `${school}\u0000${use}`;
  let cache = caches.get(key);
  if (cache) {
    caches.delete(key);
  } else {
    cache = new VersionedCache<unknown>(maxEntries);
    if (caches.size >= SCHOOLS_KEPT) {
      const oldest = caches.keys().next().value;
      if (oldest !== undefined) caches.delete(oldest);
    }
  }
  caches.set(key, cache);
  return cache as VersionedCache<T>;
}
