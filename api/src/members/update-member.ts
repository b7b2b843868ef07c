import { and, eq, inArray } from 'drizzle-orm';
import { memberDepartments, members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canListMembers } from '../auth/policy';
import { canChangeAdminPhone, canEditMember, departmentScope } from '../departments/policy';
import { managedRef } from '../departments/refs';
import { departmentTreeIn, invalidateDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { assertPhoneAndAccountFree, conflictOf } from './member-conflicts';
import { departmentsOf, loadManagedMember } from './member-query';
import { phoneFits } from './phone';
import { confidentialFields } from '../settings/settings';
import { presentMemberDetail } from './presenter';

export interface UpdateMemberInput {
  name?: string;
  title?: string;
  departmentIds?: string[];
  areaCode?: string;
  phone?: string;
  isTeacher?: boolean;
  isStaff?: boolean;
}

/**
 * CT-01 edits a staff member: name, title, departments, phone, identities. A scoped admin
 * edits normal users of its scope only, and its department changes stay inside its scope
 * (memberships elsewhere are kept). An admin's phone is changed by the creator or themself.
 */
export async function updateMember(ctx: ServiceContext, id: string, input: UpdateMemberInput) {
  if (!canListMembers(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const result = await ctx.db
    .transaction(async (tx) => {
      const tree = await departmentTreeIn(tx, ctx);
      const { row: before, departments: beforeDepartments } = await loadManagedMember(tx, ctx.actor, tree, id);
      if (before.kind !== 'staff') throw notFound();
      if (!canEditMember(ctx.actor, before)) throw forbidden();

      const areaCode = input.areaCode ?? before.areaCode;
      const phone = input.phone ?? before.phone;
      const phoneChanged = areaCode !== before.areaCode || phone !== before.phone;
      if (phoneChanged) {
        if (!canChangeAdminPhone(ctx.actor, before)) throw forbidden();
        if (!phone || !phoneFits(areaCode, phone)) throw new ApiError('invalid_phone', { field: 'phone' });
        await assertPhoneAndAccountFree(tx, { areaCode, phone }, id);
      }
      const isTeacher = input.isTeacher ?? before.isTeacher;
      const isStaff = input.isStaff ?? before.isStaff;
      if (!isTeacher && !isStaff) throw new ApiError('identity_required', { field: 'isTeacher' });

      const beforeIds = beforeDepartments.map((d) => d.id);
      let afterIds = beforeIds;
      if (input.departmentIds) {
        const wanted = [...new Set(input.departmentIds)];
        for (const d of wanted) managedRef(ctx.actor, tree, d, 'departmentIds');
        const scope = departmentScope(ctx.actor, tree);
        // wanted lies inside the scope (managedRef); what lies outside it is not the caller's to change
        afterIds = [...beforeIds.filter((d) => !scope.has(d)), ...wanted];
        const gone = beforeIds.filter((d) => !afterIds.includes(d));
        const added = afterIds.filter((d) => !beforeIds.includes(d));
        if (gone.length > 0) await tx.delete(memberDepartments).where(and(eq(memberDepartments.memberId, id), inArray(memberDepartments.departmentId, gone)));
        if (added.length > 0) await tx.insert(memberDepartments).values(added.map((departmentId) => ({ memberId: id, departmentId })));
      }

      const [after] = await tx
        .update(members)
        .set({ name: input.name ?? before.name, title: input.title ?? before.title, areaCode, phone, isTeacher, isStaff, updatedAt: now })
        .where(eq(members.id, id))
        .returning();
      const pick = (m: typeof before, departmentIds: string[]) => ({
        name: m.name,
        title: m.title,
        areaCode: m.areaCode,
        phone: m.phone,
        isTeacher: m.isTeacher,
        isStaff: m.isStaff,
        departmentIds,
      });
      await writeAudit(tx, ctx, { action: 'member.update', targetType: 'member', targetId: id, before: pick(before, beforeIds), after: pick(after, afterIds) });
      return { row: after, departments: (await departmentsOf(tx, tree, [id])).get(id) ?? [] };
    })
    .catch((e: unknown) => {
      throw conflictOf(e) ?? e;
    });
  invalidateDepartmentTree(ctx.db);
  return presentMemberDetail(result.row, result.departments, await confidentialFields(ctx.db));
}
