import { and, asc, eq, sql } from 'drizzle-orm';
import { classes, grades, hwAttempts, hwSubmissions, students } from '../../../../db/schema';
import type { QuestionMarks } from '../../../../db/schema/homework';
import type { ServiceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { likePattern } from '../../lib/paging';
import { assignmentFor } from '../assignments/access';
import { macauTime } from '../../lib/clock';
import { questionsOf } from './get-submission';
import { MIME_XLSX, type ResultClass, resultsWorkbook } from './results-sheet';
import type { ExportQuery } from './schemas';

/**
 * HW-11 導出Excel: the results of an assignment's classes (or one), for its managers and the
 * teachers of its classes. One read per table whatever the number of students — the
 * submissions with names and classes, then every attempt handed in — so 1,000 students × 30
 * questions stay well under a second; the marks are those of each student's latest attempt
 * handed in, "late" that of the first (as the 答題詳情 list shows it).
 */
export async function exportResults(ctx: ServiceContext, id: string, input: ExportQuery) {
  const { assignment } = await assignmentFor(ctx.db, ctx.actor, id, 'view');
  if (input.classId && !assignment.classIds.includes(input.classId)) {
    throw new ApiError('unknown_ref', { field: 'classId', params: { field: 'classId', ref: input.classId } });
  }
  const sections = await questionsOf(ctx.db, assignment);
  const where = and(
    eq(hwSubmissions.assignmentId, id),
    input.classId ? eq(hwSubmissions.classId, input.classId) : undefined,
    input.status ? eq(hwSubmissions.status, input.status) : undefined,
    input.q ? sql`${students.name} like ${likePattern(input.q)} escape '\\'` : undefined,
  );
  const subs = await ctx.db
    .select({
      id: hwSubmissions.id,
      studentName: students.name,
      className: classes.name,
      classId: hwSubmissions.classId,
      status: hwSubmissions.status,
      score: hwSubmissions.score,
      attempts: hwSubmissions.attemptCount,
    })
    .from(hwSubmissions)
    .innerJoin(students, eq(students.id, hwSubmissions.studentId))
    .leftJoin(classes, eq(classes.id, hwSubmissions.classId))
    .leftJoin(grades, eq(grades.id, classes.gradeId))
    .where(where)
    .orderBy(asc(grades.sortOrder), asc(classes.sortOrder), asc(classes.name), asc(students.name), asc(hwSubmissions.id))
    .all();
  const handedIn = await ctx.db
    .select({ submissionId: hwAttempts.submissionId, number: hwAttempts.number, marks: hwAttempts.marks, late: hwAttempts.late })
    .from(hwAttempts)
    .innerJoin(hwSubmissions, eq(hwSubmissions.id, hwAttempts.submissionId))
    .where(and(eq(hwSubmissions.assignmentId, id), eq(hwAttempts.status, 'submitted')))
    .orderBy(asc(hwAttempts.submissionId), asc(hwAttempts.number))
    .all();
  const last = new Map<string, QuestionMarks>();
  const late = new Map<string, boolean>();
  for (const a of handedIn) {
    last.set(a.submissionId, a.marks);
    if (!late.has(a.submissionId)) late.set(a.submissionId, a.late);
  }
  const byClass = new Map<string, ResultClass>();
  for (const s of subs) {
    const c = byClass.get(s.classId) ?? { name: s.className ?? '', rows: [] };
    byClass.set(s.classId, c);
    c.rows.push({ studentName: s.studentName, status: s.status, late: late.get(s.id) ?? false, attempts: s.attempts, score: s.score, marks: last.get(s.id) ?? null });
  }
  const bytes = await resultsWorkbook({
    scored: assignment.scored,
    totalScore: assignment.totalScore,
    questions: sections.flatMap((sec) => sec.items.map((i) => ({ id: i.questionId, text: i.question.text, score: i.score }))),
    classes: [...byClass.values()],
  });
  const day = macauTime(ctx.clock.now()).slice(0, 10);
  return { bytes, contentType: MIME_XLSX, fileName: `${assignment.title}-成績-${day}.xlsx` };
}
