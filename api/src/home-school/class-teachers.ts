import { asc, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { classTeachers, members, subjects } from '../../../db/schema';

/** A class's teaching assignments as the API shows them (homeroom, then subject teachers). */
export async function classTeachersView(tx: SchoolDbOrTx, classId: string) {
  const rows = await tx
    .select({ memberId: members.id, name: members.name, role: classTeachers.role, subjectId: subjects.id, subjectName: subjects.name })
    .from(classTeachers)
    .innerJoin(members, eq(members.id, classTeachers.memberId))
    .leftJoin(subjects, eq(subjects.id, classTeachers.subjectId))
    .where(eq(classTeachers.classId, classId))
    .orderBy(asc(members.name), asc(subjects.code))
    .all();
  return {
    classId,
    homeroom: rows.filter((r) => r.role === 'homeroom').map((r) => ({ memberId: r.memberId, name: r.name })),
    subjects: rows
      .filter((r) => r.role === 'subject')
      .map((r) => ({ memberId: r.memberId, name: r.name, subjectId: r.subjectId ?? '', subjectName: r.subjectName ?? '' })),
  };
}
