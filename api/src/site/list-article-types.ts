import { and, count, desc, eq, sql } from 'drizzle-orm';
import { siteArticleTypes } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { canListTypes, canManageSite } from './policy';
import { presentType } from './presenter';

/**
 * WEB-02 文章類型, newest first as the manual's table: every type for the site admins, the
 * enabled ones (those that can be chosen) for other writers.
 */
export async function listArticleTypes(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string }) {
  if (!canListTypes(ctx.actor)) throw forbidden();
  const where = and(
    input.q ? sql`${siteArticleTypes.name} like ${likePattern(input.q)} escape '\\'` : undefined,
    canManageSite(ctx.actor) ? undefined : eq(siteArticleTypes.enabled, true),
  );
  const rows = await ctx.db
    .select()
    .from(siteArticleTypes)
    .where(where)
    .orderBy(desc(siteArticleTypes.createdAt), desc(siteArticleTypes.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db.select({ n: count() }).from(siteArticleTypes).where(where).get();
  return pageOf(rows.map(presentType), total?.n ?? 0, input.page, input.pageSize);
}
