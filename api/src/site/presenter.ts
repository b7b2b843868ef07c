import type { siteArticles, siteArticleTypes, siteComments, siteShowcases } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { articleUrl, mediaPath } from './urls';

type Where = Pick<ServiceContext, 'school' | 'config'>;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A showcase as the back-office sees it (WEB-01). */
export function presentShowcase(ctx: Where, s: typeof siteShowcases.$inferSelect) {
  return {
    id: s.id,
    name: s.name,
    link: s.link,
    imageFileId: s.imageFileId,
    imageUrl: s.imageFileId ? mediaPath(ctx.school.code, s.imageFileId) : null,
    listed: s.listed,
    sortOrder: s.sortOrder,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** An article type (WEB-02): 名稱, 創建時間, 狀態. */
export function presentType(t: typeof siteArticleTypes.$inferSelect) {
  return { id: t.id, name: t.name, enabled: t.enabled, createdAt: t.createdAt.toISOString() };
}

export interface ArticleExtras {
  typeName: string;
  typeEnabled: boolean;
  authorName: string | null;
  /** Among the first 10 pinned published articles (WEB-04). */
  hot: boolean;
}

/**
 * An article as its writers and the site admins see it (WEB-03): the author is shown here even
 * when the article is anonymous (only the public site hides it). `shareUrl` is WEB-05's link;
 * `public` says whether the site shows it now (published, and its type enabled).
 */
export function presentArticle(ctx: Where, a: typeof siteArticles.$inferSelect, x: ArticleExtras, withContent = false) {
  return {
    id: a.id,
    typeId: a.typeId,
    typeName: x.typeName,
    title: a.title,
    anonymous: a.anonymous,
    allowComments: a.allowComments,
    summary: a.summary,
    ...(withContent ? { content: a.content } : {}),
    status: a.status,
    public: a.status === 'published' && x.typeEnabled,
    author: a.authorId ? { id: a.authorId, name: x.authorName } : null,
    pinned: a.pinnedAt !== null,
    pinnedAt: iso(a.pinnedAt),
    hot: x.hot,
    publishedAt: iso(a.publishedAt),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    shareUrl: articleUrl(ctx, a.id),
  };
}

/** A comment for moderation (WEB-07). */
export function presentComment(c: typeof siteComments.$inferSelect, article: { title: string } | null) {
  return {
    id: c.id,
    articleId: c.articleId,
    articleTitle: article?.title ?? null,
    name: c.name,
    text: c.text,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    moderatedAt: iso(c.moderatedAt),
  };
}
