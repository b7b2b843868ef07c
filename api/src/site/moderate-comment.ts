import { eq } from 'drizzle-orm';
import { siteArticles, siteComments } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { canManageSite } from './policy';
import { presentComment } from './presenter';
import { siteChanged } from './site-changed';

/**
 * WEB-07 審核: approve (the comment appears on the article page at the next build), hide, or
 * delete (`null`). The site rebuilds when a shown comment appears or goes, on a published article.
 */
export async function moderateComment(ctx: ServiceContext, id: string, to: 'approved' | 'hidden' | null) {
  const actor = ctx.actor;
  if (!actor || !canManageSite(actor)) throw forbidden();
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    const found = await tx
      .select({ comment: siteComments, title: siteArticles.title, status: siteArticles.status })
      .from(siteComments)
      .innerJoin(siteArticles, eq(siteArticles.id, siteComments.articleId))
      .where(eq(siteComments.id, id))
      .get();
    if (!found) throw notFound();
    const before = found.comment;
    if (to === null) await tx.delete(siteComments).where(eq(siteComments.id, id));
    else await tx.update(siteComments).set({ status: to, moderatedAt: now, moderatedBy: actor.memberId }).where(eq(siteComments.id, id));
    await writeAudit(tx, ctx, {
      action: to === null ? 'site-comment.delete' : to === 'approved' ? 'site-comment.approve' : 'site-comment.hide',
      targetType: 'site-comment',
      targetId: id,
      before: { status: before.status, name: before.name, text: before.text, articleId: before.articleId },
      after: to === null ? null : { status: to },
    });
    const shownChanged = (before.status === 'approved') !== (to === 'approved');
    const after = to === null ? null : { ...before, status: to, moderatedAt: now, moderatedBy: actor.memberId };
    return { after, title: found.title, rebuild: shownChanged && found.status === 'published' };
  });
  if (result.rebuild) siteChanged(ctx);
  return result.after ? presentComment(result.after, { title: result.title }) : null;
}
