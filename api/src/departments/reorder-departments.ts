import { eq } from 'drizzle-orm';
import { departments } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { canManageContacts } from './policy';
import { managedRef } from './refs';
import { departmentTreeIn, invalidateDepartmentTree } from './tree';

/**
 * CT-01 orders the sub-departments of a parent (the drag-to-reorder of the contacts screen):
 * `ids` must name each of them once. A scoped admin orders only below departments it manages.
 */
export async function reorderDepartments(ctx: ServiceContext, input: { parentId: string; ids: string[] }): Promise<string[]> {
  if (!canManageContacts(ctx.actor)) throw forbidden();
  const order = await ctx.db.transaction(async (tx) => {
    const tree = await departmentTreeIn(tx, ctx);
    const parent = managedRef(ctx.actor, tree, input.parentId, 'parentId');
    const current = (tree.children.get(parent.id) ?? []).map((d) => d.id);
    const same = new Set(input.ids).size === input.ids.length && input.ids.length === current.length && input.ids.every((id) => current.includes(id));
    if (!same) throw new ApiError('incomplete_list', { field: 'ids', params: { field: 'ids', count: current.length } });
    for (const [i, id] of input.ids.entries()) {
      if (tree.byId.get(id)?.sortOrder !== i) await tx.update(departments).set({ sortOrder: i }).where(eq(departments.id, id));
    }
    await writeAudit(tx, ctx, { action: 'department.reorder', targetType: 'department', targetId: parent.id, before: { ids: current }, after: { ids: input.ids } });
    return input.ids;
  });
  invalidateDepartmentTree(ctx.db);
  return order;
}
