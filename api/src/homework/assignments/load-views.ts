import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { classes, grades, hwAssignmentClasses, hwSubmissions, subjects } from '../../../../db/schema';
import type { AssignmentExtras, ClassView } from './presenter';

/** Submissions that have been handed in at least once (a correction was handed in before). */
export const HANDED_IN = ['submitted', 'graded', 'correction'] as const;

/**
 * The subject, classes and counts of some assignments, three reads whatever their number
 * (a page of the list holds at most 100).
 */
export async function assignmentExtras(db: SchoolDbOrTx, rows: readonly { id: string; subjectId: string }[]): Promise<Map<string, AssignmentExtras>> {
  const out = new Map<string, AssignmentExtras>();
  if (rows.length === 0) return out;
  const ids = rows.map((r) => r.id);
  const subjectRows = await db
    .select({ id: subjects.id, name: subjects.name })
    .from(subjects)
    .where(inArray(subjects.id, [...new Set(rows.map((r) => r.subjectId))]))
    .all();
  const classRows = await db
    .select({ assignmentId: hwAssignmentClasses.assignmentId, id: classes.id, name: classes.name, gradeName: grades.name })
    .from(hwAssignmentClasses)
    .innerJoin(classes, eq(classes.id, hwAssignmentClasses.classId))
    .innerJoin(grades, eq(grades.id, classes.gradeId))
    .where(inArray(hwAssignmentClasses.assignmentId, ids))
    .orderBy(asc(grades.sortOrder), asc(classes.sortOrder), asc(classes.name))
    .all();
  const countRows = await db
    .select({
      assignmentId: hwSubmissions.assignmentId,
      students: count(),
      submitted: sql<number>`sum(${inArray(hwSubmissions.status, [...HANDED_IN])})`,
      graded: count(hwSubmissions.gradedAt),
    })
    .from(hwSubmissions)
    .where(inArray(hwSubmissions.assignmentId, ids))
    .groupBy(hwSubmissions.assignmentId)
    .all();
  const subjectName = new Map(subjectRows.map((s) => [s.id, s.name]));
  const classesOf = new Map<string, ClassView[]>();
  for (const { assignmentId, ...c } of classRows) classesOf.set(assignmentId, [...(classesOf.get(assignmentId) ?? []), c]);
  const countsOf = new Map(countRows.map((c) => [c.assignmentId, { students: c.students, submitted: Number(c.submitted ?? 0), graded: c.graded }]));
  for (const r of rows) {
    out.set(r.id, {
      subject: { id: r.subjectId, name: subjectName.get(r.subjectId) ?? '' },
      classes: classesOf.get(r.id) ?? [],
      counts: countsOf.get(r.id) ?? { students: 0, submitted: 0, graded: 0 },
    });
  }
  return out;
}
