import { and, eq, inArray, or } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { classes, classTeachers, grades, guardians, students } from '../../../db/schema';
import { isSuperAdmin } from '../auth/policy';
import type { Actor } from '../lib/context';

/**
 * CT-03: who teaches what, and whose children are whose. Homework, attendance, timetable,
 * mailbox and notices ask these questions; they read the assignments set in the home-school
 * contacts and nothing else.
 */

/** The classes a member is homeroom teacher (班主任) of. */
export async function homeroomClassIds(db: SchoolDbOrTx, memberId: string): Promise<string[]> {
  const rows = await db
    .select({ id: classTeachers.classId })
    .from(classTeachers)
    .where(and(eq(classTeachers.memberId, memberId), eq(classTeachers.role, 'homeroom')))
    .all();
  return [...new Set(rows.map((r) => r.id))];
}

/**
 * The classes a member teaches: as homeroom or subject teacher; with `subjectId`, only those
 * where they teach that subject (a homeroom teacher teaches no subject by being one).
 */
export async function taughtClassIds(db: SchoolDbOrTx, memberId: string, subjectId?: string): Promise<string[]> {
  const where = subjectId
    ? and(eq(classTeachers.memberId, memberId), eq(classTeachers.role, 'subject'), eq(classTeachers.subjectId, subjectId))
    : eq(classTeachers.memberId, memberId);
  const rows = await db.select({ id: classTeachers.classId }).from(classTeachers).where(where).all();
  return [...new Set(rows.map((r) => r.id))];
}

/** Whether the member is a homeroom teacher of the class. */
export async function isHomeroomTeacher(db: SchoolDbOrTx, memberId: string, classId: string): Promise<boolean> {
  const row = await db
    .select({ id: classTeachers.id })
    .from(classTeachers)
    .where(and(eq(classTeachers.memberId, memberId), eq(classTeachers.classId, classId), eq(classTeachers.role, 'homeroom')))
    .get();
  return row !== undefined;
}

/** Whether the member teaches the class (any role), or teaches `subjectId` in it. */
export async function teachesClass(db: SchoolDbOrTx, memberId: string, classId: string, subjectId?: string): Promise<boolean> {
  const row = await db
    .select({ id: classTeachers.id })
    .from(classTeachers)
    .where(
      and(
        eq(classTeachers.memberId, memberId),
        eq(classTeachers.classId, classId),
        subjectId ? and(eq(classTeachers.role, 'subject'), eq(classTeachers.subjectId, subjectId)) : undefined,
      ),
    )
    .get();
  return row !== undefined;
}

/** A child as the parent's child switcher and later modules see it. */
export interface Child {
  id: string;
  name: string;
  relation: string;
  /** The student's own member, when they have one. */
  memberId: string | null;
  classId: string | null;
  className: string | null;
  gradeId: string | null;
  gradeName: string | null;
  schoolYear: string | null;
}

/**
 * The active students a parent (or a student, through its 本人 link) is guardian of, with
 * their class. Transferred and alumni children are history, not children to act for.
 */
export async function childrenOf(db: SchoolDbOrTx, parentMemberId: string): Promise<Child[]> {
  return db
    .select({
      id: students.id,
      name: students.name,
      relation: guardians.relation,
      memberId: students.memberId,
      classId: students.classId,
      className: classes.name,
      gradeId: grades.id,
      gradeName: grades.name,
      schoolYear: classes.schoolYear,
    })
    .from(guardians)
    .innerJoin(students, eq(students.id, guardians.studentId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(grades, eq(grades.id, classes.gradeId))
    .where(and(eq(guardians.memberId, parentMemberId), eq(students.status, 'active')))
    .orderBy(students.name, students.id)
    .all();
}

/**
 * The classes an admin manages: every class for creator and super admins; for a scoped
 * admin (分級管理員) each class its scope names, directly or through its grade or campus;
 * none for anyone else. Teaching gives no admin scope: see {@link taughtClassIds}.
 */
export async function classIdsInScope(actor: Actor | null, db: SchoolDbOrTx): Promise<string[]> {
  if (!actor) return [];
  if (isSuperAdmin(actor)) return (await db.select({ id: classes.id }).from(classes).all()).map((r) => r.id);
  const refs = actor.adminRole === 'scoped' ? actor.scope.classIds : [];
  if (refs.length === 0) return [];
  const rows = await db
    .select({ id: classes.id })
    .from(classes)
    .innerJoin(grades, eq(grades.id, classes.gradeId))
    .where(or(inArray(classes.id, refs), inArray(classes.gradeId, refs), inArray(grades.campusId, refs)))
    .all();
  return rows.map((r) => r.id);
}
