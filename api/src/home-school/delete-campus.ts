import { eq } from 'drizzle-orm';
import { campuses, grades } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { canManageStructure } from './policy';
import { presentCampus } from './presenter';

/** Deletes an empty campus; one that still has grades is refused (409 campus_not_empty). */
export async function deleteCampus(ctx: ServiceContext, id: string): Promise<void> {
  if (!canManageStructure(ctx.actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(campuses).where(eq(campuses.id, id)).get();
    if (!before) throw notFound();
    if (await tx.select({ id: grades.id }).from(grades).where(eq(grades.campusId, id)).get()) throw new ApiError('campus_not_empty');
    await tx.delete(campuses).where(eq(campuses.id, id));
    await writeAudit(tx, ctx, { action: 'campus.delete', targetType: 'campus', targetId: id, before: presentCampus(before) });
  });
}
