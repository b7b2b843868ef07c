import { eq } from 'drizzle-orm';
import { guardians, students, transfers } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { requireAdmin, requireManagedStudent } from './access';
import { disableWithoutActiveChild } from './guardian-members';
import { presentTransfer } from './presenter';

/**
 * 轉學: the student leaves for another school. Status `transferred`, no class, a history row
 * naming the class left; guardians stay linked for history, but whoever is left with no
 * active child (a parent, the student's own account) is disabled and signed out.
 */
export async function transferStudent(ctx: ServiceContext, id: string, input: { toSchool: string; reason: string }) {
  const actor = requireAdmin(ctx.actor);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { student, cls } = await requireManagedStudent(tx, actor, id);
    if (student.status !== 'active') throw new ApiError('student_not_active');
    await tx.update(students).set({ status: 'transferred', classId: null, updatedAt: now }).where(eq(students.id, id));
    const [row] = await tx
      .insert(transfers)
      .values({ id: newId(now.getTime()), studentId: id, fromClassId: student.classId, ...input, byMemberId: actor.memberId, at: now })
      .returning();
    const links = await tx.select({ memberId: guardians.memberId }).from(guardians).where(eq(guardians.studentId, id)).all();
    const disabledMembers = await disableWithoutActiveChild(tx, ctx, links.map((l) => l.memberId));
    const view = presentTransfer(row, student.name, cls?.name ?? null);
    await writeAudit(tx, ctx, {
      action: 'student.transfer',
      targetType: 'student',
      targetId: id,
      before: { status: student.status, classId: student.classId },
      after: { ...view, disabledMembers },
    });
    return { transfer: view, disabledMembers };
  });
}
