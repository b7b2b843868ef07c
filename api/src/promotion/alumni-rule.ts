import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import { alumniMoves, b01Rows, b01Updates, b01Uploads, b08Syncs, classes, grades, guardians, students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { invalidateDepartmentTree } from '../departments/tree';
import { joinAlumni } from '../home-school/alumni-department';
import { DAY } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import { newId } from '../lib/ids';
import { enqueueMessages } from '../messages/enqueue';
import { COMMUNITY_GRADES } from './grade-order';
import { performMoves } from './student-moves';

/** How long a school has, after the new year's B08 sync, to update through B01 (manual §2). */
export const ALUMNI_GRACE = 7 * DAY;

/**
 * PRM-06: when a week has passed since the new school year's first B08 sync and no B01 update
 * of that year stands, the subscribed students (active, with a family account, created before
 * the file) missing from the current JSON become alumni (校友): status, no class, their own
 * account in the alumni department; those of 初三, 高一, 高二, 高三 are invited to the
 * bureau's community (教青社區). Each student once per year (alumni_moves), each invitation
 * once (its message key), so the job may run any number of times. Null when the rule does not apply.
 */
export async function runAlumniRule(ctx: ServiceContext) {
  const now = ctx.clock.now();
  const year = await ctx.db
    .select({ schoolYear: b08Syncs.schoolYear, firstAt: sql<number>`min(${b08Syncs.at})` })
    .from(b08Syncs)
    .groupBy(b08Syncs.schoolYear)
    .orderBy(desc(b08Syncs.schoolYear))
    .limit(1)
    .get();
  if (!year || now.getTime() - Number(year.firstAt) < ALUMNI_GRACE) return null;
  const applied = await ctx.db
    .select({ id: b01Updates.id })
    .from(b01Updates)
    .where(and(eq(b01Updates.kind, 'apply'), eq(b01Updates.schoolYear, year.schoolYear), isNull(b01Updates.undoneAt)))
    .get();
  if (applied) return null;
  const upload = await ctx.db.select().from(b01Uploads).where(eq(b01Uploads.schoolYear, year.schoolYear)).orderBy(desc(b01Uploads.at), sql`${b01Uploads}.rowid desc`).limit(1).get();
  if (!upload) return null;

  let treeChanged = false;
  const result = await ctx.db.transaction(async (tx) => {
    const listed = sql`select ${b01Rows.educationId} from ${b01Rows} where ${b01Rows.uploadId} = ${upload.id}`;
    const missing = await tx
      .select({ id: students.id, name: students.name, classId: students.classId, memberId: students.memberId, gradeCode: grades.code })
      .from(students)
      .leftJoin(classes, eq(classes.id, students.classId))
      .leftJoin(grades, eq(grades.id, classes.gradeId))
      .where(
        and(
          eq(students.status, 'active'),
          lte(students.createdAt, upload.at),
          sql`(${students.educationId} is not null or ${students.tempNumber} is not null)`,
          sql`coalesce(${students.educationId}, '') not in (${listed}) and coalesce(${students.tempNumber}, '') not in (${listed})`,
          sql`exists (select 1 from ${guardians} where ${guardians.studentId} = ${students.id})`,
          sql`not exists (select 1 from ${alumniMoves} where ${alumniMoves.studentId} = ${students.id} and ${alumniMoves.schoolYear} = ${year.schoolYear})`,
        ),
      )
      .orderBy(asc(students.id))
      .all();
    if (missing.length === 0) return null;
    const updateId = newId(now.getTime());
    let invited = 0;
    const messages = [];
    for (const s of missing) {
      const invite = COMMUNITY_GRADES.includes(s.gradeCode ?? '');
      await tx.insert(alumniMoves).values({ studentId: s.id, schoolYear: year.schoolYear, updateId, gradeCode: s.gradeCode, invited: invite, at: now });
      if (s.memberId) treeChanged = (await joinAlumni(tx, ctx, s.memberId)).added || treeChanged;
      if (!invite) continue;
      invited++;
      const to = s.memberId ? [s.memberId] : (await tx.select({ id: guardians.memberId }).from(guardians).where(eq(guardians.studentId, s.id)).all()).map((g) => g.id);
      for (const memberId of to) {
        messages.push({
          memberId,
          dedupeKey: `promotion:community:${s.id}:${year.schoolYear}`,
          source: 'promotion',
          title: '邀請加入教青社區',
          body: `${ctx.school.name['zh-Hant']}：${s.name}同學，誠邀你加入【教青社區DSEDJ】，以便學校及教青局與你保持聯繫。`,
        });
      }
    }
    await tx.insert(b01Updates).values({ id: updateId, kind: 'alumni', uploadId: upload.id, schoolYear: year.schoolYear, counts: { moved: missing.length, invited }, byMemberId: null, byName: '系統自動', at: now });
    await performMoves(
      tx,
      updateId,
      missing.map((s) => ({ studentId: s.id, fromClassId: s.classId, fromStatus: 'active' as const, toClassId: null, toStatus: 'alumni' as const })),
      now,
    );
    await enqueueMessages(tx, ctx, messages);
    await writeAudit(tx, ctx, { action: 'promotion.alumni', targetType: 'b01-update', targetId: updateId, after: { schoolYear: year.schoolYear, uploadId: upload.id, moved: missing.length, invited } });
    return { updateId, schoolYear: year.schoolYear, moved: missing.length, invited };
  });
  if (treeChanged) invalidateDepartmentTree(ctx.db);
  return result;
}
