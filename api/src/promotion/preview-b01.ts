import { eq, inArray, sql } from 'drizzle-orm';
import { b01Rows, classes, grades } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { gradeRank } from './grade-order';
import { latestUpload, standingApply } from './latest-upload';
import { ANOMALIES, type Anomaly } from './match-b01';
import { canUpdateB01 } from './policy';
import { presentUpload, reasonLabel } from './presenter';

/**
 * PRM-04 預覽結果: per grade and class of the current JSON, the uploaded count and the anomaly
 * count with the reasons behind the exclamation mark; counted by the database in one query.
 */
export async function previewB01(ctx: ServiceContext) {
  if (!canUpdateB01(ctx.actor)) throw forbidden();
  const upload = await latestUpload(ctx.db);
  const has = (reason: Anomaly) => sql<number>`sum(case when ${b01Rows.anomalies} like ${`%"${reason}"%`} then 1 else 0 end)`;
  const groups = await ctx.db
    .select({
      gradeCode: b01Rows.gradeCode,
      className: b01Rows.className,
      classId: sql<string | null>`max(${b01Rows.classId})`,
      uploaded: sql<number>`count(*)`,
      anomalies: sql<number>`sum(case when ${b01Rows.anomalies} != '[]' then 1 else 0 end)`,
      malformed: has('malformed'),
      duplicate: has('duplicate'),
      unknown_class: has('unknown_class'),
      not_subscribed: has('not_subscribed'),
    })
    .from(b01Rows)
    .where(eq(b01Rows.uploadId, upload.id))
    .groupBy(b01Rows.gradeCode, b01Rows.className)
    .all();
  const classIds = groups.flatMap((g) => (g.classId ? [g.classId] : []));
  const names = classIds.length
    ? await ctx.db.select({ id: classes.id, name: classes.name, gradeName: grades.name, sortOrder: classes.sortOrder }).from(classes).innerJoin(grades, eq(grades.id, classes.gradeId)).where(inArray(classes.id, classIds)).all()
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n]));
  const classRank = (id: string | null) => (id ? (nameOf.get(id)?.sortOrder ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER);
  const applied = await standingApply(ctx.db, upload.id);
  return {
    upload: presentUpload(upload),
    applied: applied ? { updateId: applied.id, at: applied.at.toISOString() } : null,
    classes: groups
      .map((g) => ({
        gradeCode: g.gradeCode,
        className: g.className,
        classId: g.classId,
        gradeName: g.classId ? (nameOf.get(g.classId)?.gradeName ?? null) : null,
        uploaded: Number(g.uploaded),
        anomalies: Number(g.anomalies),
        reasons: ANOMALIES.filter((r) => Number(g[r]) > 0).map((r) => ({ code: r, label: reasonLabel(r, ctx.locale), count: Number(g[r]) })),
      }))
      // school order: grade, then the B08 table's order of classes (甲班 before 乙班), unknown classes last
      .sort((a, b) => gradeRank(a.gradeCode) - gradeRank(b.gradeCode) || a.gradeCode.localeCompare(b.gradeCode) || classRank(a.classId) - classRank(b.classId) || a.className.localeCompare(b.className, 'zh-Hant')),
  };
}
