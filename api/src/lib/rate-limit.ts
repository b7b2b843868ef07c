import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { ApiError } from './errors';

export interface Limit {
  /** Most requests allowed in one window. */
  max: number;
  windowMs: number;
}

type Db = { run(query: ReturnType<typeof sql>): Promise<unknown>; all<T>(query: ReturnType<typeof sql>): Promise<T[]> };

/**
 * Counts one hit for `key` in a fixed window stored in the database (so every process and
 * isolate shares it) and answers 429 once the window's limit is passed.
 */
export async function hit(db: Db, table: SQLiteTable, key: string, limit: Limit, now: number): Promise<void> {
  const windowStart = now - (now % limit.windowMs);
  const rows = await db.all<{ count: number }>(sql`
    insert into ${table} (key, window_start, count) values (${key}, ${windowStart}, 1)
    on conflict (key, window_start) do update set count = count + 1
    returning count`);
  const count = Number(rows[0]?.count ?? 0);
  if (count > limit.max) {
    const seconds = Math.max(1, Math.ceil((windowStart + limit.windowMs - now) / 1000));
    throw new ApiError('rate_limited', { params: { seconds } });
  }
}

/** Removes windows that ended long ago (called by a job). */
export async function pruneRateLimits(db: Db, table: SQLiteTable, before: number): Promise<void> {
  await db.run(sql`delete from ${table} where window_start < ${before}`);
}

export const LIMITS = {
  signInPerLogin: { max: 10, windowMs: 15 * 60_000 },
  signInPerIp: { max: 60, windowMs: 15 * 60_000 },
  codePerPhone: { max: 1, windowMs: 60_000 },
  codePerPhoneHour: { max: 6, windowMs: 60 * 60_000 },
  codePerIp: { max: 30, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;
