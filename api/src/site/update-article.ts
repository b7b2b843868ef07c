import { eq } from 'drizzle-orm';
import { siteArticles } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { articleFileIds, checkChosenType, replaceArticleFiles, withExtras } from './article-rows';
import { prepareContent } from './content';
import type { ArticleInput } from './create-article';
import { canEditArticle, canWriteArticles } from './policy';
import { presentArticle } from './presenter';
import { siteChanged } from './site-changed';
import { checkImageFiles } from './site-files';

/**
 * WEB-03 編輯, 發佈 and back to 草稿, by the author or a site admin (anyone else: 404). A new
 * type must be enabled; the type an article already has stays valid even once disabled.
 */
export async function updateArticle(ctx: ServiceContext, id: string, input: Partial<ArticleInput>) {
  if (!canWriteArticles(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const content =
    input.content === undefined ? null : prepareContent(input.content, { code: ctx.school.code, publicUrl: ctx.config.publicUrl, locale: ctx.locale });
  const { before, presented } = await ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(siteArticles).where(eq(siteArticles.id, id)).get();
    if (!before || !canEditArticle(ctx.actor, before)) throw notFound();
    if (input.typeId !== undefined && input.typeId !== before.typeId) await checkChosenType(tx, input.typeId);
    const { content: _raw, ...fields } = input;
    const change: Partial<typeof siteArticles.$inferInsert> = { ...fields, updatedAt: now };
    if (content) {
      await checkImageFiles(tx, ctx, content.fileIds, await articleFileIds(tx, id), 'content');
      await replaceArticleFiles(tx, id, content.fileIds);
      Object.assign(change, { content: content.html, summary: content.summary });
    }
    // the first publication's time stays: re-publishing after a fix does not move it up
    if (input.status === 'published' && !before.publishedAt) change.publishedAt = now;
    await tx.update(siteArticles).set(change).where(eq(siteArticles.id, id));
    const after = { ...before, ...change } as typeof before;
    const action =
      before.status === after.status ? 'site-article.update' : after.status === 'published' ? 'site-article.publish' : 'site-article.unpublish';
    await writeAudit(tx, ctx, { action, targetType: 'site-article', targetId: id, before: audited(before), after: audited(after) });
    const [presented] = (await withExtras(tx, [after])).map((a) => presentArticle(ctx, a.row, a.extras, true));
    return { before, presented };
  });
  if (before.status === 'published' || presented.status === 'published') siteChanged(ctx);
  return presented;
}

const audited = (a: typeof siteArticles.$inferSelect) => ({
  title: a.title,
  typeId: a.typeId,
  status: a.status,
  anonymous: a.anonymous,
  allowComments: a.allowComments,
  summary: a.summary,
});
