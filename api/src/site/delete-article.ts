import { eq } from 'drizzle-orm';
import { siteArticles } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { canEditArticle, canWriteArticles } from './policy';
import { siteChanged } from './site-changed';

/** WEB-03 刪除: by the author or a site admin; its comments go with it. */
export async function deleteArticle(ctx: ServiceContext, id: string): Promise<void> {
  if (!canWriteArticles(ctx.actor)) throw forbidden();
  const before = await ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(siteArticles).where(eq(siteArticles.id, id)).get();
    if (!before || !canEditArticle(ctx.actor, before)) throw notFound();
    await tx.delete(siteArticles).where(eq(siteArticles.id, id));
    await writeAudit(tx, ctx, {
      action: 'site-article.delete',
      targetType: 'site-article',
      targetId: id,
      before: { title: before.title, typeId: before.typeId, status: before.status, authorId: before.authorId },
    });
    return before;
  });
  if (before.status === 'published') siteChanged(ctx);
}
