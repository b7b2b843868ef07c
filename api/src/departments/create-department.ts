import { departments } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { canManageContacts } from './policy';
import { managedRef } from './refs';
import { type Department, type DepartmentTree, departmentTreeIn, invalidateDepartmentTree, nextSortOrder } from './tree';

/** 409 naming `name` when a sibling already has it (WeCom refuses twin departments too). */
export function assertNameFree(tree: DepartmentTree, parentId: string, name: string, exceptId: string | null = null): void {
  const twin = (tree.children.get(parentId) ?? []).find((d) => d.name === name && d.id !== exceptId);
  if (twin) throw new ApiError('department_name_taken', { field: 'name' });
}

/**
 * CT-01 adds a department: top-level (under the school) when no parent is named, otherwise a
 * sub-department. A scoped admin adds only below departments it manages. It goes last
 * among its siblings.
 */
export async function createDepartment(ctx: ServiceContext, input: { name: string; parentId?: string }): Promise<Department> {
  if (!canManageContacts(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const created = await ctx.db.transaction(async (tx) => {
    const tree = await departmentTreeIn(tx, ctx);
    const parent = managedRef(ctx.actor, tree, input.parentId ?? tree.root.id, 'parentId');
    assertNameFree(tree, parent.id, input.name);
    const [row] = await tx
      .insert(departments)
      .values({ id: newId(now.getTime()), parentId: parent.id, name: input.name, sortOrder: await nextSortOrder(tx, parent.id), createdAt: now })
      .returning();
    await writeAudit(tx, ctx, { action: 'department.create', targetType: 'department', targetId: row.id, after: { name: row.name, parentId: row.parentId } });
    return row;
  });
  invalidateDepartmentTree(ctx.db);
  return created;
}
