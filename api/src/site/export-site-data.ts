import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { members, siteArticles, siteArticleTypes, siteComments, siteShowcases } from '../../../db/schema';
import type { SiteData } from '../../../site/src/data';
import type { ServiceContext } from '../lib/context';
import { sanitizeHtml } from '../lib/sanitize-html';
import { isPublic } from './article-rows';
import { commentPostUrl, mediaPath, siteUrl } from './urls';

/**
 * What a school's public micro-site is built from (site/src/data.ts), and nothing more: listed
 * showcases in their order (WEB-01), enabled article types (WEB-02), published articles of
 * enabled types with sanitised HTML and no author when anonymous (WEB-03), which are pinned
 * and when (WEB-04), and their approved comments (WEB-07). Drafts, unlisted showcases,
 * disabled types with their articles, and pending or hidden comments never leave the school.
 */
export async function exportSiteData(ctx: Pick<ServiceContext, 'school' | 'config' | 'db'>): Promise<SiteData> {
  const code = ctx.school.code;
  // one read transaction: the site shows one consistent moment of the school's data
  const { showcases, types, articles, comments } = await ctx.db.transaction(async (tx) => {
    const showcases = await tx.select().from(siteShowcases).where(eq(siteShowcases.listed, true)).orderBy(asc(siteShowcases.sortOrder), asc(siteShowcases.id)).all();
    const types = await tx.select().from(siteArticleTypes).where(eq(siteArticleTypes.enabled, true)).orderBy(asc(siteArticleTypes.createdAt), asc(siteArticleTypes.id)).all();
    const articles = await tx
      .select({ article: siteArticles, author: members.name })
      .from(siteArticles)
      .innerJoin(siteArticleTypes, eq(siteArticleTypes.id, siteArticles.typeId))
      .leftJoin(members, eq(members.id, siteArticles.authorId))
      .where(isPublic)
      .orderBy(desc(siteArticles.publishedAt), desc(siteArticles.id))
      .all();
    const ids = articles.map((a) => a.article.id);
    const comments = ids.length
      ? await tx
          .select()
          .from(siteComments)
          .where(and(inArray(siteComments.articleId, ids), eq(siteComments.status, 'approved')))
          .orderBy(asc(siteComments.createdAt), asc(siteComments.id))
          .all()
      : [];
    return { showcases, types, articles, comments };
  });
  const commentsOf = new Map<string, typeof comments>();
  for (const c of comments) commentsOf.set(c.articleId, [...(commentsOf.get(c.articleId) ?? []), c]);
  return {
    school: { code, name: ctx.school.name },
    showcases: showcases.map((s, i) => ({
      id: s.id,
      name: s.name,
      imageUrl: s.imageFileId ? mediaPath(code, s.imageFileId) : null,
      link: s.link,
      order: i,
    })),
    articleTypes: types.map((t) => ({ id: t.id, name: t.name })),
    // after the transaction, in slices: see mapInSlices
    articles: await mapInSlices(articles, ({ article: a, author }) => {
      // stored sanitised; sanitised again on the way out, so an old row can never carry script
      const html = sanitizeHtml(a.content);
      return {
        id: a.id,
        typeId: a.typeId,
        title: a.title,
        summary: a.summary,
        html,
        author: a.anonymous ? null : (author ?? null),
        publishedAt: (a.publishedAt ?? a.createdAt).toISOString(),
        pinned: a.pinnedAt !== null,
        pinnedAt: a.pinnedAt?.toISOString() ?? null,
        allowComments: a.allowComments,
        imageUrl: /<img [^>]*src="(\/api\/s\/[^"]+)"/.exec(html)?.[1] ?? null,
        commentUrl: a.allowComments ? commentPostUrl(ctx, a.id) : null,
        comments: (commentsOf.get(a.id) ?? []).map((c) => ({ id: c.id, name: c.name, text: c.text, createdAt: c.createdAt.toISOString() })),
      };
    }),
    baseUrl: siteUrl(ctx),
  };
}

/** Articles sanitised between two turns of the event loop (~1–3 ms of work). */
const SLICE = 50;

/**
 * Maps `items` a slice at a time, letting the event loop run between slices: sanitising a
 * school's thousand articles in one go holds every other request of the server for tens of
 * milliseconds (docs/BENCHMARKS.md, micro-site).
 */
async function mapInSlices<T, U>(items: T[], map: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i += SLICE) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const item of items.slice(i, i + SLICE)) out.push(map(item));
  }
  return out;
}
