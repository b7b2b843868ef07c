import { inArray } from 'drizzle-orm';
import { students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { findClass, requireAdmin, requireManagedClass } from './access';
import { canManageStudent } from './policy';

/**
 * CT-02 設置所在班級: moves active students the caller manages to a class it manages, all or
 * none; audited with every student's former class.
 */
export async function setClass(ctx: ServiceContext, input: { studentIds: string[]; classId: string }) {
  const actor = requireAdmin(ctx.actor);
  const ids = [...new Set(input.studentIds)];
  return ctx.db.transaction(async (tx) => {
    await requireManagedClass(tx, actor, input.classId, 'classId');
    const rows = await tx.select().from(students).where(inArray(students.id, ids)).all();
    const classRefs = new Map<string, Awaited<ReturnType<typeof findClass>>>();
    for (const s of rows) if (s.classId && !classRefs.has(s.classId)) classRefs.set(s.classId, await findClass(tx, s.classId));
    for (const id of ids) {
      const s = rows.find((r) => r.id === id);
      if (!s || !canManageStudent(actor, (s.classId && classRefs.get(s.classId)) || null)) throw new ApiError('not_found', { field: 'studentIds' });
      if (s.status !== 'active') throw new ApiError('student_not_active', { field: 'studentIds' });
    }
    await tx.update(students).set({ classId: input.classId, updatedAt: ctx.clock.now() }).where(inArray(students.id, ids));
    await writeAudit(tx, ctx, {
      action: 'student.set-class',
      targetType: 'class',
      targetId: input.classId,
      before: Object.fromEntries(rows.map((r) => [r.id, r.classId])),
      after: { classId: input.classId, studentIds: ids },
    });
    return { updated: ids.length, classId: input.classId };
  });
}
