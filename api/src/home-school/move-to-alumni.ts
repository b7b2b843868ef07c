import { eq } from 'drizzle-orm';
import { guardians, students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { requireAdmin, requireManagedStudent } from './access';
import { invalidateDepartmentTree } from '../departments/tree';
import { joinAlumni } from './alumni-department';
import { disableWithoutActiveChild } from './guardian-members';

/**
 * 校友: an admin moves a student to the alumni. Status `alumni`, no class; the student's own
 * member (if any) joins the alumni department and keeps access; a parent left with no
 * active child loses access as after a transfer.
 */
export async function moveToAlumni(ctx: ServiceContext, id: string) {
  const actor = requireAdmin(ctx.actor);
  const now = ctx.clock.now();
  let treeChanged = false;
  const result = await ctx.db.transaction(async (tx) => {
    const { student } = await requireManagedStudent(tx, actor, id);
    if (student.status !== 'active') throw new ApiError('student_not_active');
    await tx.update(students).set({ status: 'alumni', classId: null, updatedAt: now }).where(eq(students.id, id));
    const joined = student.memberId ? await joinAlumni(tx, ctx, student.memberId) : null;
    treeChanged = joined !== null;
    const links = await tx.select({ memberId: guardians.memberId }).from(guardians).where(eq(guardians.studentId, id)).all();
    const disabledMembers = await disableWithoutActiveChild(
      tx,
      ctx,
      links.map((l) => l.memberId),
      student.memberId ? [student.memberId] : [],
    );
    const result = { id, status: 'alumni' as const, alumniDepartmentId: joined?.departmentId ?? null, disabledMembers };
    await writeAudit(tx, ctx, {
      action: 'student.alumni',
      targetType: 'student',
      targetId: id,
      before: { status: student.status, classId: student.classId },
      after: result,
    });
    return result;
  });
  // member counts and, the first time, the alumni department itself changed
  if (treeChanged) invalidateDepartmentTree(ctx.db);
  return result;
}
