import { and, eq } from 'drizzle-orm';
import { guardians, students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { requireAdmin, requireManagedStudent } from './access';
import { type ParentInput, removeOrphans, resolveGuardians } from './guardian-members';
import { type Relation, SELF } from './identity';
import { studentView } from './student-detail';
import { assertIdsFree, checkBirthDate } from './student-rules';

export interface PatchStudentInput {
  name?: string;
  educationId?: string | null;
  tempNumber?: string | null;
  birthDate?: string | null;
  guardians?: { add: ParentInput[]; remove: string[]; relation: { memberId: string; relation: Relation }[] };
}

/**
 * Changes a student's name, IDs or birth date and its guardians (add, unlink, relation).
 * A real education ID replaces the temporary number (and the reverse) unless both are sent.
 * A parent unlinked from their last child stops being a member (sessions ended).
 */
export async function updateStudent(ctx: ServiceContext, id: string, input: PatchStudentInput) {
  const actor = requireAdmin(ctx.actor);
  checkBirthDate(ctx, input.birthDate);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { student } = await requireManagedStudent(tx, actor, id);
    const before = await studentView(tx, id);
    const { guardians: g, ...fields } = input;
    if (fields.educationId && fields.tempNumber === undefined) fields.tempNumber = null;
    if (fields.tempNumber && fields.educationId === undefined) fields.educationId = null;
    await assertIdsFree(tx, fields, id);
    await tx.update(students).set({ ...fields, updatedAt: now }).where(eq(students.id, id));

    let memberId = student.memberId;
    const linked = await tx.select().from(guardians).where(eq(guardians.studentId, id)).all();
    const linkOf = (m: string, field: string) => {
      const l = linked.find((x) => x.memberId === m);
      if (!l) throw new ApiError('not_found', { field });
      return l;
    };
    for (const [i, m] of (g?.remove ?? []).entries()) {
      const l = linkOf(m, `guardians.remove.${i}`);
      await tx.delete(guardians).where(and(eq(guardians.studentId, id), eq(guardians.memberId, m)));
      if (l.relation === SELF) memberId = null;
    }
    for (const [i, r] of (g?.relation ?? []).entries()) {
      const l = linkOf(r.memberId, `guardians.relation.${i}.memberId`);
      // a parent's account cannot become the student's own, nor the reverse
      if ((l.relation === SELF) !== (r.relation === SELF)) throw new ApiError('conflict', { field: `guardians.relation.${i}.relation` });
      await tx.update(guardians).set({ relation: r.relation }).where(and(eq(guardians.studentId, id), eq(guardians.memberId, r.memberId)));
    }
    const added = await resolveGuardians(tx, ctx, g?.add ?? [], 'guardians.add', id);
    for (const [i, a] of added.entries()) {
      const field = `guardians.add.${i}.phone`;
      const taken = linked.some((l) => l.memberId === a.memberId && !(g?.remove ?? []).includes(l.memberId));
      if (taken || (a.relation === SELF && memberId)) throw new ApiError('conflict', { field });
      await tx.insert(guardians).values({ studentId: id, memberId: a.memberId, relation: a.relation, createdAt: now });
      if (a.relation === SELF) memberId = a.memberId;
    }
    if (memberId !== student.memberId) await tx.update(students).set({ memberId }).where(eq(students.id, id));
    const removedMembers = await removeOrphans(tx, ctx, g?.remove ?? []);
    const after = await studentView(tx, id);
    await writeAudit(tx, ctx, { action: 'student.update', targetType: 'student', targetId: id, before, after: { ...after, removedMembers } });
    return after;
  });
}
