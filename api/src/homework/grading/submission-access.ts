import { and, asc, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { classes, grades, hwAttempts, hwSubmissions, students } from '../../../../db/schema';
import type { Actor } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { type AssignmentRow, assignmentFor } from '../assignments/access';

/** A submission with the names its screens show. */
export type SubmissionRow = typeof hwSubmissions.$inferSelect & { studentName: string; className: string };
export type AttemptRow = typeof hwAttempts.$inferSelect;

/**
 * One student's homework of an assignment, as the caller may use it: 404 when the assignment
 * is not one they may see or the submission is not of it; 403 when `need` is 'manage' and
 * they only view it (assignments/access.ts decides both).
 */
export async function submissionFor(
  db: SchoolDbOrTx,
  actor: Actor | null,
  assignmentId: string,
  submissionId: string,
  need: 'view' | 'manage',
): Promise<{ assignment: AssignmentRow; submission: SubmissionRow; manages: boolean }> {
  const { assignment, manages } = await assignmentFor(db, actor, assignmentId, need);
  const row = await db
    .select({ submission: hwSubmissions, studentName: students.name, className: classes.name })
    .from(hwSubmissions)
    .innerJoin(students, eq(students.id, hwSubmissions.studentId))
    .leftJoin(classes, eq(classes.id, hwSubmissions.classId))
    .where(and(eq(hwSubmissions.id, submissionId), eq(hwSubmissions.assignmentId, assignmentId)))
    .get();
  if (!row) throw notFound();
  return { assignment, manages, submission: { ...row.submission, studentName: row.studentName, className: row.className ?? '' } };
}

/** Every attempt of a submission, first to last. */
export async function attemptsOf(db: SchoolDbOrTx, submissionId: string): Promise<AttemptRow[]> {
  return db.select().from(hwAttempts).where(eq(hwAttempts.submissionId, submissionId)).orderBy(asc(hwAttempts.number)).all();
}

/** The attempt that counts: the latest one handed in (a correction being drafted does not). */
export function finalAttempt(attempts: readonly AttemptRow[]): AttemptRow | null {
  for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i].status === 'submitted') return attempts[i];
  return null;
}

/**
 * 上一份 / 下一份作業: the neighbours of a submission in the order of the 答題詳情 list
 * (grade, class, then the student's name; assignments/list-submissions.ts). One read of the
 * ids, however many students.
 */
export async function neighboursOf(db: SchoolDbOrTx, assignmentId: string, submissionId: string): Promise<{ prevId: string | null; nextId: string | null }> {
  const ids = await db
    .select({ id: hwSubmissions.id })
    .from(hwSubmissions)
    .innerJoin(students, eq(students.id, hwSubmissions.studentId))
    .leftJoin(classes, eq(classes.id, hwSubmissions.classId))
    .leftJoin(grades, eq(grades.id, classes.gradeId))
    .where(eq(hwSubmissions.assignmentId, assignmentId))
    .orderBy(asc(grades.sortOrder), asc(classes.sortOrder), asc(classes.name), asc(students.name), asc(hwSubmissions.id))
    .all();
  const i = ids.findIndex((r) => r.id === submissionId);
  return { prevId: i > 0 ? ids[i - 1].id : null, nextId: i >= 0 && i + 1 < ids.length ? ids[i + 1].id : null };
}
