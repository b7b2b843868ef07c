import { and, asc, count, eq, sql } from 'drizzle-orm';
import { siteShowcases } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { canManageSite } from './policy';
import { presentShowcase } from './presenter';

/** WEB-01 櫥窗管理: the showcases in their saved order, searchable by name or link. */
export async function listShowcases(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string; listed?: 'true' | 'false' }) {
  if (!canManageSite(ctx.actor)) throw forbidden();
  const where = and(
    input.q ? sql`(${siteShowcases.name} like ${likePattern(input.q)} escape '\\' or ${siteShowcases.link} like ${likePattern(input.q)} escape '\\')` : undefined,
    input.listed ? eq(siteShowcases.listed, input.listed === 'true') : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(siteShowcases)
    .where(where)
    .orderBy(asc(siteShowcases.sortOrder), asc(siteShowcases.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db.select({ n: count() }).from(siteShowcases).where(where).get();
  return pageOf(rows.map((s) => presentShowcase(ctx, s)), total?.n ?? 0, input.page, input.pageSize);
}
