import { siteArticles } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { checkChosenType, replaceArticleFiles, withExtras } from './article-rows';
import { prepareContent } from './content';
import { canWriteArticles } from './policy';
import { presentArticle } from './presenter';
import { siteChanged } from './site-changed';
import { checkImageFiles } from './site-files';

export interface ArticleInput {
  typeId: string;
  title: string;
  anonymous: boolean;
  allowComments: boolean;
  content: string;
  status: 'draft' | 'published';
}

/**
 * WEB-03 添加文章 then 發佈 or 保存草稿: any staff member writes; the type must be enabled, the
 * content is sanitised and its images must be the writer's uploads. A published article is
 * on the site after the background rebuild.
 */
export async function createArticle(ctx: ServiceContext, input: ArticleInput) {
  const actor = ctx.actor;
  if (!actor || !canWriteArticles(actor)) throw forbidden();
  const now = ctx.clock.now();
  const content = prepareContent(input.content, { code: ctx.school.code, publicUrl: ctx.config.publicUrl, locale: ctx.locale });
  const [presented] = await ctx.db.transaction(async (tx) => {
    await checkChosenType(tx, input.typeId);
    await checkImageFiles(tx, ctx, content.fileIds, new Set(), 'content');
    const published = input.status === 'published';
    const row = {
      id: newId(now.getTime()),
      typeId: input.typeId,
      title: input.title,
      anonymous: input.anonymous,
      allowComments: input.allowComments,
      content: content.html,
      summary: content.summary,
      status: input.status,
      authorId: actor.memberId,
      publishedAt: published ? now : null,
      pinnedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert(siteArticles).values(row);
    await replaceArticleFiles(tx, row.id, content.fileIds);
    await writeAudit(tx, ctx, {
      action: published ? 'site-article.publish' : 'site-article.create',
      targetType: 'site-article',
      targetId: row.id,
      after: { title: row.title, typeId: row.typeId, status: row.status, anonymous: row.anonymous, allowComments: row.allowComments },
    });
    return (await withExtras(tx, [row])).map((a) => presentArticle(ctx, a.row, a.extras, true));
  });
  if (presented.status === 'published') siteChanged(ctx);
  return presented;
}
