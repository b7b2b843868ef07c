import { eq } from 'drizzle-orm';
import { departments } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { assertNameFree } from './create-department';
import { canManageContacts, canRestructureDepartment } from './policy';
import { managedRef, managedTarget } from './refs';
import { type Department, departmentTreeIn, invalidateDepartmentTree, nextSortOrder, subtreeIds } from './tree';

export interface UpdateDepartmentInput {
  name?: string;
  parentId?: string;
  sortOrder?: number;
}

/**
 * CT-01 renames a department, moves it under another parent, or sets its position. A move
 * never puts a department under itself or its descendants, never moves the root or the
 * alumni department, and needs the caller to manage both the department and its new parent.
 */
export async function updateDepartment(ctx: ServiceContext, id: string, input: UpdateDepartmentInput): Promise<Department> {
  if (!canManageContacts(ctx.actor)) throw forbidden();
  const updated = await ctx.db.transaction(async (tx) => {
    const tree = await departmentTreeIn(tx, ctx);
    const before = managedTarget(ctx.actor, tree, id);
    const moving = input.parentId !== undefined && input.parentId !== before.parentId;
    const parentId = moving ? moveTo(ctx, tree, before, input.parentId as string) : before.parentId;
    const name = input.name ?? before.name;
    if (parentId && (moving || name !== before.name)) assertNameFree(tree, parentId, name, before.id);
    const sortOrder = input.sortOrder ?? (moving && parentId ? await nextSortOrder(tx, parentId) : before.sortOrder);

    const [after] = await tx.update(departments).set({ name, parentId, sortOrder }).where(eq(departments.id, id)).returning();
    await writeAudit(tx, ctx, {
      action: moving ? 'department.move' : 'department.update',
      targetType: 'department',
      targetId: id,
      before: { name: before.name, parentId: before.parentId, sortOrder: before.sortOrder },
      after: { name: after.name, parentId: after.parentId, sortOrder: after.sortOrder },
    });
    return after;
  });
  invalidateDepartmentTree(ctx.db);
  return updated;
}

/** Checks a move and returns the new parent's id. */
function moveTo(ctx: ServiceContext, tree: Awaited<ReturnType<typeof departmentTreeIn>>, department: Department, parentId: string): string {
  if (department.id === tree.root.id || department.kind === 'alumni') throw new ApiError('department_protected', { field: 'parentId' });
  if (!canRestructureDepartment(ctx.actor, department.id, tree)) throw forbidden();
  if (subtreeIds(tree, department.id).includes(parentId)) throw new ApiError('department_cycle', { field: 'parentId' });
  return managedRef(ctx.actor, tree, parentId, 'parentId').id;
}
