import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { b01Rows, classes, students } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { latestUpload, requireCurrentUpload } from './latest-upload';
import { canUpdateB01 } from './policy';
import { presentRow } from './presenter';

export interface PreviewStudentsQuery {
  page: number;
  pageSize: number;
  q?: string;
  gradeCode?: string;
  className?: string;
  anomaly?: '0' | '1';
  uploadId?: string;
}

/**
 * PRM-04 drill into a class of the preview: the students of the *last* uploaded file in that
 * class (as the file names it), with where each one is now and the reasons of any anomaly;
 * searchable by name or card, paged however long the class or the anomaly list is. A
 * class is ordered by 學號; a list across classes keeps the file's order. Naming the upload
 * pins the pages to it (409 b01_stale once a newer file came).
 */
export async function previewStudents(ctx: ServiceContext, q: PreviewStudentsQuery) {
  if (!canUpdateB01(ctx.actor)) throw forbidden();
  const upload = q.uploadId ? await requireCurrentUpload(ctx.db, q.uploadId) : await latestUpload(ctx.db);
  const search = q.q ? likePattern(q.q) : null;
  const where = and(
    eq(b01Rows.uploadId, upload.id),
    q.gradeCode !== undefined ? eq(b01Rows.gradeCode, q.gradeCode.toUpperCase()) : undefined,
    q.className !== undefined ? eq(b01Rows.className, q.className) : undefined,
    q.anomaly === '1' ? ne(b01Rows.anomalies, []) : q.anomaly === '0' ? eq(b01Rows.anomalies, []) : undefined,
    search ? sql`(${b01Rows.name} like ${search} escape '\\' or ${b01Rows.educationId} like ${search} escape '\\')` : undefined,
  );
  const total = await ctx.db.$count(b01Rows, where);
  const rows = await ctx.db
    .select()
    .from(b01Rows)
    .where(where)
    .orderBy(...(q.className !== undefined ? [asc(b01Rows.classNumber), asc(b01Rows.seq)] : [asc(b01Rows.seq)]))
    .limit(q.pageSize)
    .offset(offsetOf(q.page, q.pageSize))
    .all();
  const ids = rows.flatMap((r) => (r.studentId ? [r.studentId] : []));
  const now = ids.length
    ? await ctx.db
        .select({ id: students.id, status: students.status, className: classes.name })
        .from(students)
        .leftJoin(classes, eq(classes.id, students.classId))
        .where(inArray(students.id, ids))
        .all()
    : [];
  const current = new Map(now.map((s) => [s.id, s]));
  return pageOf(
    rows.map((r) => presentRow(r, r.studentId ? current.get(r.studentId) : undefined, ctx.locale)),
    total,
    q.page,
    q.pageSize,
  );
}
