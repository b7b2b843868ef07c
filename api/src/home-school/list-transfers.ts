import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { classes, students, transfers } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { managedClassIds, requireAdmin } from './access';
import { presentTransfer } from './presenter';

/** 轉學 history, newest first: every transfer for super admins, those out of their classes for scoped ones. */
export async function listTransfers(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string }) {
  const actor = requireAdmin(ctx.actor);
  const managed = await managedClassIds(ctx.db, actor);
  if (managed !== 'all' && managed.length === 0) return pageOf([], 0, input.page, input.pageSize);
  const p = input.q ? likePattern(input.q) : null;
  const where = and(
    managed === 'all' ? undefined : inArray(transfers.fromClassId, managed),
    p ? sql`(${students.name} like ${p} escape '\\' or ${transfers.toSchool} like ${p} escape '\\')` : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ t: transfers, studentName: students.name, className: classes.name })
      .from(transfers)
      .innerJoin(students, eq(students.id, transfers.studentId))
      .leftJoin(classes, eq(classes.id, transfers.fromClassId))
      .where(where)
      .orderBy(desc(transfers.at), desc(transfers.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(transfers).innerJoin(students, eq(students.id, transfers.studentId)).where(where).get(),
  ]);
  return pageOf(rows.map((r) => presentTransfer(r.t, r.studentName, r.className)), total?.n ?? 0, input.page, input.pageSize);
}
