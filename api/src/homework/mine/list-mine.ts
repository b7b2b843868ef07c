import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { hwAssignments, hwAttempts, hwSubmissions, students, subjects } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { likePattern, offsetOf, pageOf } from '../../lib/paging';
import { lateColumn } from '../assignments/list-submissions';
import { studentsFor } from './access';
import { canHandIn } from './get-mine';
import { scoresVisible, shownStatus } from './presenter';
import type { ListMineQuery } from './schemas';

/** When the latest submitted attempt was handed in (a correction after the release hides the score). */
const lastSubmittedAt = sql<number | null>`(select max(${hwAttempts.submittedAt}) from ${hwAttempts}
  where ${hwAttempts.submissionId} = ${hwSubmissions.id} and ${hwAttempts.status} = 'submitted')`;

/**
 * 功課 on the phone (HW-12: the same rows as 學生作業): the homework of the caller's students —
 * a student's own, a parent's children (or one, `studentId`) — newest first, searchable by
 * title, filtered by state. Scores show only once released (presenter.ts).
 */
export async function listMine(ctx: ServiceContext, input: ListMineQuery) {
  const mine = await studentsFor(ctx.db, ctx.actor, input.studentId);
  if (mine.length === 0) return pageOf([], 0, input.page, input.pageSize);
  const where = and(
    inArray(
      hwSubmissions.studentId,
      mine.map((s) => s.id),
    ),
    input.q ? sql`${hwAssignments.title} like ${likePattern(input.q)} escape '\\'` : undefined,
    input.status ? eq(hwAssignments.status, input.status) : undefined,
  );
  const rows = await ctx.db
    .select({
      assignment: hwAssignments,
      submission: hwSubmissions,
      studentName: students.name,
      subjectName: subjects.name,
      late: lateColumn,
      lastSubmittedAt,
    })
    .from(hwSubmissions)
    .innerJoin(hwAssignments, eq(hwAssignments.id, hwSubmissions.assignmentId))
    .innerJoin(students, eq(students.id, hwSubmissions.studentId))
    .innerJoin(subjects, eq(subjects.id, hwAssignments.subjectId))
    .where(where)
    .orderBy(desc(hwAssignments.publishedAt), desc(hwAssignments.id), students.name)
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db
    .select({ n: count() })
    .from(hwSubmissions)
    .innerJoin(hwAssignments, eq(hwAssignments.id, hwSubmissions.assignmentId))
    .where(where)
    .get();
  const items = rows.map(({ assignment: a, submission: s, studentName, subjectName, late, lastSubmittedAt: last }) => {
    const released = scoresVisible(a, s);
    const current = released && (last === null || (s.notifiedAt !== null && Number(last) <= s.notifiedAt.getTime()));
    return {
      id: a.id,
      submissionId: s.id,
      student: { id: s.studentId, name: studentName },
      title: a.title,
      subject: { id: a.subjectId, name: subjectName },
      kind: a.kind,
      deadline: a.deadline?.toISOString() ?? null,
      status: a.status,
      submissionStatus: shownStatus(s.status, current),
      scored: a.scored,
      totalScore: a.totalScore,
      score: current ? s.score : null,
      late: Boolean(late),
      canSubmit: canHandIn(a, s),
      publishedAt: a.publishedAt?.toISOString() ?? null,
      updatedAt: s.updatedAt.toISOString(),
    };
  });
  return pageOf(items, total?.n ?? 0, input.page, input.pageSize);
}
