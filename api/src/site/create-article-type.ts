import { eq } from 'drizzle-orm';
import { siteArticleTypes } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { canManageSite } from './policy';
import { presentType } from './presenter';
import { siteChanged } from './site-changed';

/** WEB-02 添加文章類型: names are unique (409 naming `name`). */
export async function createArticleType(ctx: ServiceContext, input: { name: string; enabled: boolean }) {
  if (!canManageSite(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const taken = await tx.select({ id: siteArticleTypes.id }).from(siteArticleTypes).where(eq(siteArticleTypes.name, input.name)).get();
    if (taken) throw new ApiError('site_type_taken', { field: 'name' });
    const row = { id: newId(now.getTime()), name: input.name, enabled: input.enabled, createdAt: now };
    await tx.insert(siteArticleTypes).values(row);
    await writeAudit(tx, ctx, { action: 'site-type.create', targetType: 'site-type', targetId: row.id, after: input });
    return row;
  });
  // an enabled type is a menu entry of the site, even before it has articles
  if (row.enabled) siteChanged(ctx);
  return presentType(row);
}
