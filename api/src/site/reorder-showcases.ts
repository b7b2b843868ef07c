import { asc, eq } from 'drizzle-orm';
import { siteShowcases } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { canManageSite } from './policy';
import { siteChanged } from './site-changed';

/**
 * WEB-01 保存排序: puts the showcases in the order given. The list must name every showcase
 * once, so a stale screen cannot drop one (400 naming `showcaseIds`).
 */
export async function reorderShowcases(ctx: ServiceContext, input: { showcaseIds: string[] }) {
  if (!canManageSite(ctx.actor)) throw forbidden();
  const anyListed = await ctx.db.transaction(async (tx) => {
    const rows = await tx.select({ id: siteShowcases.id, listed: siteShowcases.listed }).from(siteShowcases).orderBy(asc(siteShowcases.sortOrder), asc(siteShowcases.id)).all();
    const known = new Set(rows.map((r) => r.id));
    const unknown = input.showcaseIds.find((id) => !known.has(id));
    if (unknown !== undefined) throw new ApiError('unknown_ref', { field: 'showcaseIds', params: { field: 'showcaseIds', ref: unknown } });
    if (input.showcaseIds.length !== rows.length) {
      throw new ApiError('incomplete_list', { field: 'showcaseIds', params: { field: 'showcaseIds', count: rows.length } });
    }
    for (const [i, id] of input.showcaseIds.entries()) await tx.update(siteShowcases).set({ sortOrder: i }).where(eq(siteShowcases.id, id));
    await writeAudit(tx, ctx, {
      action: 'site-showcase.reorder',
      targetType: 'site-showcase',
      before: { showcaseIds: rows.map((r) => r.id) },
      after: { showcaseIds: input.showcaseIds },
    });
    return rows.some((r) => r.listed);
  });
  if (anyListed) siteChanged(ctx);
  return { showcaseIds: input.showcaseIds };
}
