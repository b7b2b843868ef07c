import { and, count, desc, eq, sql } from 'drizzle-orm';
import { siteArticles, siteComments } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { canManageSite } from './policy';
import { presentComment } from './presenter';

/** WEB-07 留言審核: comments by status (pending first by default), newest first, searchable. */
export async function listComments(
  ctx: ServiceContext,
  input: { page: number; pageSize: number; q?: string; status: 'pending' | 'approved' | 'hidden'; articleId?: string },
) {
  if (!canManageSite(ctx.actor)) throw forbidden();
  const where = and(
    eq(siteComments.status, input.status),
    input.articleId ? eq(siteComments.articleId, input.articleId) : undefined,
    input.q
      ? sql`(${siteComments.text} like ${likePattern(input.q)} escape '\\' or ${siteComments.name} like ${likePattern(input.q)} escape '\\')`
      : undefined,
  );
  const rows = await ctx.db
    .select({ comment: siteComments, title: siteArticles.title })
    .from(siteComments)
    .innerJoin(siteArticles, eq(siteArticles.id, siteComments.articleId))
    .where(where)
    .orderBy(desc(siteComments.createdAt), desc(siteComments.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db.select({ n: count() }).from(siteComments).where(where).get();
  return pageOf(
    rows.map((r) => presentComment(r.comment, { title: r.title })),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
