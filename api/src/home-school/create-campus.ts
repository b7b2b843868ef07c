import { campuses } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { nextSortOrder } from './next-sort-order';
import { canManageStructure } from './policy';
import { presentCampus } from './presenter';

/** CT-02 adds a campus (校部) to the home-school tree (super admins). */
export async function createCampus(ctx: ServiceContext, input: { name: string; sortOrder?: number }) {
  if (!canManageStructure(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campuses)
      .values({ id: newId(now.getTime()), name: input.name, sortOrder: input.sortOrder ?? (await nextSortOrder(tx, { campus: true })), createdAt: now })
      .returning();
    await writeAudit(tx, ctx, { action: 'campus.create', targetType: 'campus', targetId: row.id, after: presentCampus(row) });
    return presentCampus(row);
  });
}
