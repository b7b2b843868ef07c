import { eq, inArray } from 'drizzle-orm';
import { classTeachers, members, subjects } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { requireAdmin, requireManagedClass } from './access';
import { classTeachersView } from './class-teachers';

export interface SetTeachersInput {
  homeroom: string[];
  subjects: { memberId: string; subjectId: string }[];
}

/**
 * CT-03 設置班主任/任課老師: replaces a class's teaching assignments. Only active staff with
 * the teacher identity (else 400 not_a_teacher) and enabled subjects (400 subject_disabled);
 * audited with the assignments before and after.
 */
export async function setClassTeachers(ctx: ServiceContext, classId: string, input: SetTeachersInput) {
  const actor = requireAdmin(ctx.actor);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await requireManagedClass(tx, actor, classId);
    const memberIds = [...new Set([...input.homeroom, ...input.subjects.map((s) => s.memberId)])];
    const subjectIds = [...new Set(input.subjects.map((s) => s.subjectId))];
    const people = memberIds.length ? await tx.select().from(members).where(inArray(members.id, memberIds)).all() : [];
    const subjectRows = subjectIds.length ? await tx.select().from(subjects).where(inArray(subjects.id, subjectIds)).all() : [];
    const checkTeacher = (id: string, field: string) => {
      const m = people.find((p) => p.id === id);
      if (!m || m.status === 'removed') throw new ApiError('not_found', { field });
      if (m.kind !== 'staff' || !m.isTeacher || m.status !== 'active') throw new ApiError('not_a_teacher', { field });
    };
    input.homeroom.forEach((id, i) => checkTeacher(id, `homeroom.${i}`));
    input.subjects.forEach((s, i) => {
      checkTeacher(s.memberId, `subjects.${i}.memberId`);
      const subject = subjectRows.find((r) => r.id === s.subjectId);
      if (!subject) throw new ApiError('not_found', { field: `subjects.${i}.subjectId` });
      if (!subject.enabled) throw new ApiError('subject_disabled', { field: `subjects.${i}.subjectId` });
    });
    const before = await classTeachersView(tx, classId);
    await tx.delete(classTeachers).where(eq(classTeachers.classId, classId));
    const pairs = new Set(input.subjects.map((s) => `${s.memberId}|${s.subjectId}`));
    const rows = [
      ...[...new Set(input.homeroom)].map((memberId) => ({ id: newId(now.getTime()), classId, memberId, role: 'homeroom' as const, subjectId: null })),
      ...[...pairs].map((p) => {
        const [memberId, subjectId] = p.split('|');
        return { id: newId(now.getTime()), classId, memberId, role: 'subject' as const, subjectId };
      }),
    ];
    if (rows.length) await tx.insert(classTeachers).values(rows);
    const after = await classTeachersView(tx, classId);
    await writeAudit(tx, ctx, { action: 'class.teachers', targetType: 'class', targetId: classId, before, after });
    return after;
  });
}
