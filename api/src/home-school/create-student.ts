import { eq } from 'drizzle-orm';
import { guardians, students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { newId } from '../lib/ids';
import { requireAdmin, requireManagedClass } from './access';
import { type ParentInput, resolveGuardians } from './guardian-members';
import { SELF } from './identity';
import { studentView } from './student-detail';
import { assertIdsFree, checkBirthDate } from './student-rules';

export interface CreateStudentInput {
  name: string;
  educationId?: string;
  tempNumber?: string;
  birthDate?: string;
  classId: string;
  parents: ParentInput[];
}

/**
 * CT-02 添加學生家長: a student and their parents in one call. A phone that is already a
 * parent of the school links that parent (one parent, several children); a staff phone is
 * refused (409 phone_in_use); 本人 makes or links the student's own member.
 */
export async function createStudent(ctx: ServiceContext, input: CreateStudentInput) {
  const actor = requireAdmin(ctx.actor);
  checkBirthDate(ctx, input.birthDate);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await requireManagedClass(tx, actor, input.classId, 'classId');
    await assertIdsFree(tx, input, null);
    const id = newId(now.getTime());
    await tx.insert(students).values({
      id,
      name: input.name,
      educationId: input.educationId ?? null,
      tempNumber: input.tempNumber ?? null,
      birthDate: input.birthDate ?? null,
      classId: input.classId,
      createdAt: now,
      updatedAt: now,
    });
    const links = await resolveGuardians(tx, ctx, input.parents, 'parents', id);
    if (links.length > 0) await tx.insert(guardians).values(links.map((l) => ({ studentId: id, ...l, createdAt: now })));
    const self = links.find((l) => l.relation === SELF);
    if (self) await tx.update(students).set({ memberId: self.memberId }).where(eq(students.id, id));
    const view = await studentView(tx, id);
    await writeAudit(tx, ctx, { action: 'student.create', targetType: 'student', targetId: id, after: view });
    return view;
  });
}
