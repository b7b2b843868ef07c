import { and, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { siteArticles } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { withExtras } from './article-rows';
import { canManageSite, canWriteArticles } from './policy';
import { presentArticle } from './presenter';

export interface ListArticlesInput {
  page: number;
  pageSize: number;
  q?: string;
  status?: 'draft' | 'published';
  typeId?: string;
  pinned?: 'true' | 'false';
}

/**
 * WEB-03 文章管理: every article for the site admins, their own for other writers; pinned
 * first (most recently pinned on top, WEB-04), then newest; searchable by title.
 */
export async function listArticles(ctx: ServiceContext, input: ListArticlesInput) {
  const actor = ctx.actor;
  if (!actor || !canWriteArticles(actor)) throw forbidden();
  const where = and(
    canManageSite(actor) ? undefined : eq(siteArticles.authorId, actor.memberId),
    input.q ? sql`${siteArticles.title} like ${likePattern(input.q)} escape '\\'` : undefined,
    input.status ? eq(siteArticles.status, input.status) : undefined,
    input.typeId ? eq(siteArticles.typeId, input.typeId) : undefined,
    input.pinned === undefined ? undefined : input.pinned === 'true' ? isNotNull(siteArticles.pinnedAt) : isNull(siteArticles.pinnedAt),
  );
  const rows = await ctx.db
    .select()
    .from(siteArticles)
    .where(where)
    .orderBy(
      sql`${siteArticles.pinnedAt} is null`,
      desc(siteArticles.pinnedAt),
      desc(sql`coalesce(${siteArticles.publishedAt}, ${siteArticles.createdAt})`),
      desc(siteArticles.id),
    )
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db.select({ n: count() }).from(siteArticles).where(where).get();
  const items = (await withExtras(ctx.db, rows)).map((a) => presentArticle(ctx, a.row, a.extras));
  return pageOf(items, total?.n ?? 0, input.page, input.pageSize);
}
