import { eq } from 'drizzle-orm';
import { guardians, students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { requireAdmin, requireManagedStudent } from './access';
import { removeOrphans } from './guardian-members';
import { studentView } from './student-detail';

/**
 * CT-02 刪除: removes the student and its guardian links. A parent (or the student's own
 * account) left with no child stops being a member and its sessions end at once.
 */
export async function deleteStudent(ctx: ServiceContext, id: string): Promise<void> {
  const actor = requireAdmin(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    await requireManagedStudent(tx, actor, id);
    const before = await studentView(tx, id);
    const links = await tx.select({ memberId: guardians.memberId }).from(guardians).where(eq(guardians.studentId, id)).all();
    await tx.delete(students).where(eq(students.id, id));
    const removedMembers = await removeOrphans(tx, ctx, links.map((l) => l.memberId));
    await writeAudit(tx, ctx, { action: 'student.delete', targetType: 'student', targetId: id, before, after: { removedMembers } });
  });
}
