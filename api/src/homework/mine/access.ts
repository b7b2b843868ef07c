import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwAssignments, hwSubmissions, students } from '../../../../db/schema';
import { type Child, childrenOf } from '../../home-school/teaching';
import type { Actor } from '../../lib/context';
import { ApiError, forbidden, notFound } from '../../lib/errors';

/**
 * Whose homework a parent or student may open on the phone (功課, manual §9): a student their
 * own (their student record, or the one their 本人 link names), a parent their active
 * children. Staff get 403; another family's child is a 404, as if it did not exist.
 */

/** The phone side of homework: parents and students only. */
export const canUseMine = (a: Actor | null): a is Actor => a?.kind === 'parent' || a?.kind === 'student';

/** The students whose homework the caller answers. */
export async function myStudents(db: SchoolDbOrTx, actor: Actor | null): Promise<Pick<Child, 'id' | 'name'>[]> {
  if (!canUseMine(actor)) throw forbidden();
  const kids: Pick<Child, 'id' | 'name'>[] = await childrenOf(db, actor.memberId);
  if (actor.kind === 'student') {
    const own = await db
      .select({ id: students.id, name: students.name })
      .from(students)
      .where(and(eq(students.memberId, actor.memberId), eq(students.status, 'active')))
      .all();
    for (const s of own) if (!kids.some((k) => k.id === s.id)) kids.push(s);
  }
  return kids;
}

/** The caller's students, narrowed to `studentId` when given (404 when it is not theirs). */
export async function studentsFor(db: SchoolDbOrTx, actor: Actor | null, studentId?: string): Promise<Pick<Child, 'id' | 'name'>[]> {
  const all = await myStudents(db, actor);
  if (studentId === undefined) return all;
  const one = all.filter((s) => s.id === studentId);
  if (one.length === 0) throw notFound();
  return one;
}

export type SubmissionRow = typeof hwSubmissions.$inferSelect;
export type AssignmentRow = typeof hwAssignments.$inferSelect;

/**
 * One homework of one of the caller's students: the assignment and that student's
 * submission (only published homework has submissions, so a draft is a 404 too). Without
 * `studentId`, the one student of the caller who has it; a parent with two children given the
 * same homework must name one (400).
 */
export async function mySubmission(db: SchoolDbOrTx, actor: Actor | null, assignmentId: string, studentId?: string) {
  const mine = await studentsFor(db, actor, studentId);
  if (mine.length === 0) throw notFound();
  const rows = await db
    .select({ assignment: hwAssignments, submission: hwSubmissions })
    .from(hwSubmissions)
    .innerJoin(hwAssignments, eq(hwAssignments.id, hwSubmissions.assignmentId))
    .where(and(eq(hwSubmissions.assignmentId, assignmentId), inArray(hwSubmissions.studentId, mine.map((s) => s.id))))
    .all();
  if (rows.length === 0) throw notFound();
  if (rows.length > 1) throw new ApiError('homework_child_required', { field: 'studentId' });
  const [{ assignment, submission }] = rows;
  const student = { id: submission.studentId, name: mine.find((s) => s.id === submission.studentId)?.name ?? '' };
  return { assignment, submission, student };
}
