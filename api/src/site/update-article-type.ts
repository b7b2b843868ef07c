import { and, eq, ne } from 'drizzle-orm';
import { siteArticleTypes } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { canManageSite } from './policy';
import { presentType } from './presenter';
import { siteChanged } from './site-changed';

/**
 * WEB-02 啓用 / 禁用 / rename. A disabled type can no longer be chosen, and it leaves the
 * public site with its articles (they come back when it is enabled again).
 */
export async function updateArticleType(ctx: ServiceContext, id: string, input: { name?: string; enabled?: boolean }) {
  if (!canManageSite(ctx.actor)) throw forbidden();
  const { before, after } = await ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(siteArticleTypes).where(eq(siteArticleTypes.id, id)).get();
    if (!before) throw notFound();
    if (input.name !== undefined) {
      const taken = await tx
        .select({ id: siteArticleTypes.id })
        .from(siteArticleTypes)
        .where(and(eq(siteArticleTypes.name, input.name), ne(siteArticleTypes.id, id)))
        .get();
      if (taken) throw new ApiError('site_type_taken', { field: 'name' });
    }
    const after = { ...before, ...input };
    await tx.update(siteArticleTypes).set(input).where(eq(siteArticleTypes.id, id));
    const toggled = input.enabled !== undefined && input.enabled !== before.enabled;
    await writeAudit(tx, ctx, {
      action: toggled ? (after.enabled ? 'site-type.enable' : 'site-type.disable') : 'site-type.update',
      targetType: 'site-type',
      targetId: id,
      before: { name: before.name, enabled: before.enabled },
      after: { name: after.name, enabled: after.enabled },
    });
    return { before, after };
  });
  if (before.enabled || after.enabled) siteChanged(ctx);
  return presentType(after);
}
