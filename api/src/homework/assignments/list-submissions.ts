import { and, asc, count, eq, sql } from 'drizzle-orm';
import { classes, grades, hwAttempts, hwSubmissions, students } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { likePattern, offsetOf, pageOf } from '../../lib/paging';
import { assignmentFor } from './access';
import { presentSubmissionRow } from './presenter';
import type { ListSubmissionsQuery } from './schemas';

/** Whether the homework was handed in late: its first submitted attempt came after the deadline. */
export const lateColumn = sql<number | null>`(select ${hwAttempts.late} from ${hwAttempts}
  where ${hwAttempts.submissionId} = ${hwSubmissions.id} and ${hwAttempts.status} = 'submitted'
  order by ${hwAttempts.number} limit 1)`;

/**
 * 答題詳情: one row per student of the assignment (姓名, 班級, 狀態, 分數, 更新時間, late,
 * attempts), by class then name; searchable by name, filtered by state and class. Its
 * managers and the teachers of its classes (read-only) see it; nobody else (404).
 */
export async function listSubmissions(ctx: ServiceContext, id: string, input: ListSubmissionsQuery) {
  await assignmentFor(ctx.db, ctx.actor, id, 'view');
  const where = and(
    eq(hwSubmissions.assignmentId, id),
    input.q ? sql`${students.name} like ${likePattern(input.q)} escape '\\'` : undefined,
    input.status ? eq(hwSubmissions.status, input.status) : undefined,
    input.classId ? eq(hwSubmissions.classId, input.classId) : undefined,
  );
  const rows = await ctx.db
    .select({
      id: hwSubmissions.id,
      studentId: hwSubmissions.studentId,
      studentName: students.name,
      classId: hwSubmissions.classId,
      className: classes.name,
      status: hwSubmissions.status,
      score: hwSubmissions.score,
      late: lateColumn,
      attemptCount: hwSubmissions.attemptCount,
      updatedAt: hwSubmissions.updatedAt,
    })
    .from(hwSubmissions)
    .innerJoin(students, eq(students.id, hwSubmissions.studentId))
    .leftJoin(classes, eq(classes.id, hwSubmissions.classId))
    .leftJoin(grades, eq(grades.id, classes.gradeId))
    .where(where)
    .orderBy(asc(grades.sortOrder), asc(classes.sortOrder), asc(classes.name), asc(students.name), asc(hwSubmissions.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db
    .select({ n: count() })
    .from(hwSubmissions)
    .innerJoin(students, eq(students.id, hwSubmissions.studentId))
    .where(where)
    .get();
  return pageOf(rows.map(presentSubmissionRow), total?.n ?? 0, input.page, input.pageSize);
}
