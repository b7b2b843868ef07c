import { asc, eq } from 'drizzle-orm';
import { workbenchGroups } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canManageWorkbench } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';

/**
 * APP-02 修改分組與排序: puts the groups in the order given. The list must name every group
 * exactly once, so a stale screen cannot drop or duplicate one (400 naming `groupIds`).
 */
export async function reorderWorkbenchGroups(ctx: ServiceContext, input: { groupIds: string[] }) {
  if (!canManageWorkbench(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const before = (await tx.select({ id: workbenchGroups.id }).from(workbenchGroups).orderBy(asc(workbenchGroups.sortOrder), asc(workbenchGroups.id)).all()).map((g) => g.id);
    const known = new Set(before);
    const unknown = input.groupIds.find((id) => !known.has(id));
    if (unknown !== undefined) throw new ApiError('unknown_ref', { field: 'groupIds', params: { field: 'groupIds', ref: unknown } });
    if (input.groupIds.length !== before.length) throw new ApiError('incomplete_list', { field: 'groupIds', params: { field: 'groupIds', count: before.length } });
    for (const [i, id] of input.groupIds.entries()) await tx.update(workbenchGroups).set({ sortOrder: i }).where(eq(workbenchGroups.id, id));
    await writeAudit(tx, ctx, { action: 'workbench-group.reorder', targetType: 'workbench-group', before: { groupIds: before }, after: { groupIds: input.groupIds } });
    return { groupIds: input.groupIds };
  });
}
