import { and, eq } from 'drizzle-orm';
import { rateLimits, siteArticles, siteArticleTypes, siteComments } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ApiError, notFound } from '../lib/errors';
import type { Locale } from '../lib/i18n';
import { newId } from '../lib/ids';
import { hit, type Limit } from '../lib/rate-limit';
import { textOf } from '../lib/sanitize-html';
import { isPublic } from './article-rows';

/** A visitor (one address) may leave a few comments in ten minutes; the school a few hundred an hour. */
export const COMMENT_LIMITS = {
  perIp: { max: 5, windowMs: 10 * 60_000 },
  perSchool: { max: 300, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

const REQUIRED: Record<Locale, string> = { 'zh-Hant': '必須填寫', en: 'is required', pt: 'é obrigatório' };

/**
 * WEB-07 留言, from the public site with no session: only on a published article (of an
 * enabled type) that allows comments; rate limited per address and per school; stored as
 * plain text (markup removed) and pending until an admin approves it.
 */
export async function postComment(ctx: ServiceContext, articleId: string, input: { name: string; text: string }) {
  const name = plain(input.name, 'name', ctx.locale);
  const text = plain(input.text, 'text', ctx.locale);
  const now = ctx.clock.now().getTime();
  // Counted before the article is looked at, so probing ids costs the same as commenting.
  // With no known address (a server reached without a proxy) every visitor would share one
  // window, so only the school's own limit applies then.
  if (ctx.ip) await hit(ctx.db, rateLimits, `site-comment-ip:${ctx.ip}`, COMMENT_LIMITS.perIp, now);
  await hit(ctx.db, rateLimits, 'site-comment-school', COMMENT_LIMITS.perSchool, now);
  return ctx.db.transaction(async (tx) => {
    const article = await tx
      .select({ allowComments: siteArticles.allowComments })
      .from(siteArticles)
      .innerJoin(siteArticleTypes, eq(siteArticleTypes.id, siteArticles.typeId))
      .where(and(eq(siteArticles.id, articleId), isPublic))
      .get();
    if (!article) throw notFound();
    if (!article.allowComments) throw new ApiError('site_comments_closed');
    const row = { id: newId(now), articleId, name, text, status: 'pending' as const, createdAt: new Date(now) };
    await tx.insert(siteComments).values(row);
    return { id: row.id, status: row.status };
  });
}

/** The text of what a visitor typed, markup removed; empty after that is a 400 naming the field. */
function plain(value: string, field: string, locale: Locale): string {
  const text = textOf(value, 1000);
  if (text === '') throw new ApiError('invalid_field', { field, params: { field, detail: REQUIRED[locale] } });
  return text;
}
