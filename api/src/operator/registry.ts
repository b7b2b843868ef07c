import { eq } from 'drizzle-orm';
import type { ControlDb } from '../../../db/client';
import { schools } from '../../../db/control/schema';
import type { School } from '../lib/context';

/** A registry row as requests and jobs see it. */
export function toSchool(row: typeof schools.$inferSelect): School {
  return {
    id: row.id,
    code: row.code,
    name: { 'zh-Hant': row.nameZh, en: row.nameEn, pt: row.namePt },
    wecomCorpId: row.wecomCorpId,
    status: row.status,
  };
}

/**
 * The schools registry, read through a short cache: every request resolves its school here,
 * and the control database should not be asked each time.
 */
export class SchoolRegistry {
  #cache = new Map<string, { row: typeof schools.$inferSelect | null; at: number }>();
  constructor(
    private readonly db: ControlDb,
    private readonly ttlMs = 30_000,
  ) {}

  /** The registry row of a school code, or null. */
  async row(code: string): Promise<typeof schools.$inferSelect | null> {
    const now = Date.now();
    const hit = this.#cache.get(code);
    if (hit && now - hit.at < this.ttlMs) return hit.row;
    const row = (await this.db.select().from(schools).where(eq(schools.code, code)).get()) ?? null;
    this.#cache.set(code, { row, at: now });
    return row;
  }

  /** An active school by code, or null (suspended and dissolved schools do not answer). */
  async active(code: string): Promise<School | null> {
    const row = await this.row(code);
    return row && row.status === 'active' ? toSchool(row) : null;
  }

  async all(): Promise<(typeof schools.$inferSelect)[]> {
    return this.db.select().from(schools).all();
  }

  invalidate(code: string): void {
    this.#cache.delete(code);
  }
}
