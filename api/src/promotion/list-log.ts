import { desc, sql } from 'drizzle-orm';
import { b01Updates } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { canUpdateB01 } from './policy';
import { presentUpdate } from './presenter';

/** PRM-05 更新日誌: every apply, undo and alumni move, newest first; search by who or school year; paged. */
export async function listLog(ctx: ServiceContext, q: { page: number; pageSize: number; q?: string }) {
  if (!canUpdateB01(ctx.actor)) throw forbidden();
  const search = q.q ? likePattern(q.q) : null;
  const where = search ? sql`(${b01Updates.byName} like ${search} escape '\\' or ${b01Updates.schoolYear} like ${search} escape '\\')` : undefined;
  const total = await ctx.db.$count(b01Updates, where);
  const rows = await ctx.db
    .select()
    .from(b01Updates)
    .where(where)
    .orderBy(desc(b01Updates.at), sql`${b01Updates}.rowid desc`)
    .limit(q.pageSize)
    .offset(offsetOf(q.page, q.pageSize))
    .all();
  return pageOf(rows.map(presentUpdate), total, q.page, q.pageSize);
}
