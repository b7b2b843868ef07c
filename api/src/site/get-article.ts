import { eq } from 'drizzle-orm';
import { siteArticles } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { withExtras } from './article-rows';
import { canEditArticle, canWriteArticles } from './policy';
import { presentArticle } from './presenter';

/** WEB-03 one article with its content, for editing (its author or a site admin). */
export async function getArticle(ctx: ServiceContext, id: string) {
  if (!canWriteArticles(ctx.actor)) throw forbidden();
  const row = await ctx.db.select().from(siteArticles).where(eq(siteArticles.id, id)).get();
  if (!row || !canEditArticle(ctx.actor, row)) throw notFound();
  const [a] = await withExtras(ctx.db, [row]);
  return presentArticle(ctx, a.row, a.extras, true);
}
