import { and, count, eq, ne } from 'drizzle-orm';
import { adminGroupMembers, adminGroupScopes, adminScopes, appVisibility, departments, memberDepartments, members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { canManageContacts } from './policy';
import { managedTarget } from './refs';
import { departmentTreeIn, invalidateDepartmentTree } from './tree';

/**
 * CT-01 deletes an empty department: no members and no sub-departments. The root (the school)
 * and the alumni department stay. Admin scopes and app ranges that named it are cleared in
 * the same transaction, so no scope points at nothing.
 */
export async function deleteDepartment(ctx: ServiceContext, id: string): Promise<void> {
  if (!canManageContacts(ctx.actor)) throw forbidden();
  const scoped = await ctx.db.transaction(async (tx) => {
    const tree = await departmentTreeIn(tx, ctx);
    const department = managedTarget(ctx.actor, tree, id, true);
    if (department.id === tree.root.id || department.kind === 'alumni') throw new ApiError('department_protected');
    const inside = await tx
      .select({ n: count() })
      .from(memberDepartments)
      .innerJoin(members, eq(members.id, memberDepartments.memberId))
      .where(and(eq(memberDepartments.departmentId, id), ne(members.status, 'removed')))
      .get();
    if ((tree.children.get(id) ?? []).length > 0 || (inside?.n ?? 0) > 0) throw new ApiError('department_not_empty');

    // scoped admins whose scope named it: their cached actors must forget it
    const direct = await tx.select({ memberId: adminScopes.memberId }).from(adminScopes).where(and(eq(adminScopes.kind, 'department'), eq(adminScopes.ref, id))).all();
    const viaGroups = await tx
      .select({ memberId: adminGroupMembers.memberId })
      .from(adminGroupMembers)
      .innerJoin(adminGroupScopes, eq(adminGroupScopes.groupId, adminGroupMembers.groupId))
      .where(and(eq(adminGroupScopes.kind, 'department'), eq(adminGroupScopes.ref, id)))
      .all();
    await tx.delete(adminScopes).where(and(eq(adminScopes.kind, 'department'), eq(adminScopes.ref, id)));
    await tx.delete(adminGroupScopes).where(and(eq(adminGroupScopes.kind, 'department'), eq(adminGroupScopes.ref, id)));
    await tx.delete(appVisibility).where(and(eq(appVisibility.kind, 'department'), eq(appVisibility.ref, id)));
    // removed members' rows go with it (foreign key cascade)
    await tx.delete(departments).where(eq(departments.id, id));
    await writeAudit(tx, ctx, {
      action: 'department.delete',
      targetType: 'department',
      targetId: id,
      before: { name: department.name, parentId: department.parentId, sortOrder: department.sortOrder },
    });
    return new Set([...direct, ...viaGroups].map((r) => r.memberId));
  });
  invalidateDepartmentTree(ctx.db);
  // after the commit, so no request re-caches the old scope in between
  for (const m of scoped) ctx.sessionCache.deleteMember(ctx.school.code, m);
}
