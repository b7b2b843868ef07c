import { eq } from 'drizzle-orm';
import { siteArticles } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { withExtras } from './article-rows';
import { canManageSite } from './policy';
import { presentArticle } from './presenter';
import { siteChanged } from './site-changed';

/**
 * WEB-04 置頂 / 取消置頂 (site admins). Pinning stamps the time, so pinning again brings an
 * article back to the top; the 10 most recently pinned published articles are the hot ones.
 */
export async function setArticlePin(ctx: ServiceContext, id: string, pinned: boolean) {
  if (!canManageSite(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const presented = await ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(siteArticles).where(eq(siteArticles.id, id)).get();
    if (!before) throw notFound();
    const pinnedAt = pinned ? now : null;
    await tx.update(siteArticles).set({ pinnedAt }).where(eq(siteArticles.id, id));
    await writeAudit(tx, ctx, {
      action: pinned ? 'site-article.pin' : 'site-article.unpin',
      targetType: 'site-article',
      targetId: id,
      before: { pinnedAt: before.pinnedAt?.toISOString() ?? null },
      after: { pinnedAt: pinnedAt?.toISOString() ?? null },
    });
    const [a] = await withExtras(tx, [{ ...before, pinnedAt }]);
    return presentArticle(ctx, a.row, a.extras);
  });
  if (presented.status === 'published') siteChanged(ctx);
  return presented;
}
