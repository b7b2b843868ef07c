import { and, eq } from 'drizzle-orm';
import { files, siteArticleFiles, siteArticles, siteArticleTypes, siteShowcases } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import { canManageSite, canWriteArticles } from './policy';

/**
 * An image of the micro-site, for GET /site/media/:fileId. Anyone may see a file that a
 * listed showcase or a public article of this school shows; never any other file. A signed-in
 * writer also sees the images of what they may edit (drafts, unlisted showcases), so the
 * back-office can preview them; such answers must not be cached publicly (`public: false`).
 */
export async function findSiteMedia(ctx: ServiceContext, fileId: string) {
  const file = await ctx.db.select().from(files).where(eq(files.id, fileId)).get();
  if (!file || !file.contentType.startsWith('image/')) throw notFound();
  const inShowcase = (listedOnly: boolean) =>
    ctx.db
      .select({ id: siteShowcases.id })
      .from(siteShowcases)
      .where(and(eq(siteShowcases.imageFileId, fileId), listedOnly ? eq(siteShowcases.listed, true) : undefined))
      .get();
  const inArticles = () =>
    ctx.db
      .select({ authorId: siteArticles.authorId, status: siteArticles.status, enabled: siteArticleTypes.enabled })
      .from(siteArticleFiles)
      .innerJoin(siteArticles, eq(siteArticles.id, siteArticleFiles.articleId))
      .innerJoin(siteArticleTypes, eq(siteArticleTypes.id, siteArticles.typeId))
      .where(eq(siteArticleFiles.fileId, fileId))
      .all();
  const articles = await inArticles();
  if ((await inShowcase(true)) || articles.some((a) => a.status === 'published' && a.enabled)) return { file, public: true };
  const actor = ctx.actor;
  if (actor && canManageSite(actor) && (articles.length > 0 || (await inShowcase(false)))) return { file, public: false };
  if (actor && canWriteArticles(actor) && articles.some((a) => a.authorId === actor.memberId)) return { file, public: false };
  throw notFound();
}
