import { and, eq, ne } from 'drizzle-orm';
import { memberDepartments, members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { canManageContacts } from './policy';
import { managedTarget } from './refs';
import { departmentTreeIn } from './tree';

/**
 * CT-01 sets the heads of a department (部門負責人): exactly the members named, each of whom
 * must already be a member of it; everyone else in it stops being a head.
 */
export async function setDepartmentHeads(ctx: ServiceContext, id: string, input: { memberIds: string[] }): Promise<{ id: string; name: string }[]> {
  if (!canManageContacts(ctx.actor)) throw forbidden();
  const wanted = [...new Set(input.memberIds)];
  return ctx.db.transaction(async (tx) => {
    const tree = await departmentTreeIn(tx, ctx);
    managedTarget(ctx.actor, tree, id);
    const rows = await tx
      .select({ memberId: memberDepartments.memberId, isHead: memberDepartments.isHead, name: members.name })
      .from(memberDepartments)
      .innerJoin(members, eq(members.id, memberDepartments.memberId))
      .where(and(eq(memberDepartments.departmentId, id), ne(members.status, 'removed')))
      .all();
    const inDepartment = new Set(rows.map((r) => r.memberId));
    if (!wanted.every((m) => inDepartment.has(m))) throw new ApiError('head_not_member', { field: 'memberIds' });
    const before = rows.filter((r) => r.isHead).map((r) => r.memberId);
    for (const r of rows) {
      const isHead = wanted.includes(r.memberId);
      if (isHead !== r.isHead) {
        await tx
          .update(memberDepartments)
          .set({ isHead })
          .where(and(eq(memberDepartments.departmentId, id), eq(memberDepartments.memberId, r.memberId)));
      }
    }
    await writeAudit(tx, ctx, { action: 'department.heads', targetType: 'department', targetId: id, before: { heads: before }, after: { heads: wanted } });
    return rows.filter((r) => wanted.includes(r.memberId)).map((r) => ({ id: r.memberId, name: r.name }));
  });
}
