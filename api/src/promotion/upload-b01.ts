import { b01Rows, b01Uploads } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { entryOf, parseB01 } from './b01-format';
import { matchB01 } from './match-b01';
import { canUpdateB01 } from './policy';
import { previewB01 } from './preview-b01';

// 11 values a row; SQLite allows 32,766 bound values a statement
const CHUNK = 2000;

/**
 * PRM-04 上傳json檔案: validates the whole file first (PRM-07: a bad file is a 400 listing the
 * first errors and changes nothing), matches every record, stores the upload as the current
 * JSON and answers the preview. Nothing in the contacts changes until 確認更新通訊錄.
 */
export async function uploadB01(ctx: ServiceContext, body: unknown) {
  const actor = ctx.actor;
  if (!actor || !canUpdateB01(actor)) throw forbidden();
  const file = parseB01(ctx, body);
  const now = ctx.clock.now();
  const entries = file.students.map((r) => entryOf(r, now));
  const id = newId(now.getTime());
  await ctx.db.transaction(async (tx) => {
    const matched = await matchB01(tx, file.schoolYear, entries);
    const anomalyCount = matched.filter((m) => m.anomalies.length > 0).length;
    await tx.insert(b01Uploads).values({
      id,
      schoolYear: file.schoolYear,
      generatedAt: file.generatedAt ?? null,
      total: matched.length,
      anomalyCount,
      byMemberId: actor.memberId,
      byName: actor.name,
      at: now,
    });
    for (let i = 0; i < matched.length; i += CHUNK) {
      await tx.insert(b01Rows).values(
        matched.slice(i, i + CHUNK).map((m, j) => ({
          uploadId: id,
          seq: i + j,
          educationId: m.educationId,
          name: m.name,
          gradeCode: m.gradeCode,
          className: m.className,
          classNumber: m.classNumber,
          studentId: m.studentId,
          classId: m.classId,
          anomalies: m.anomalies,
        })),
      );
    }
    await writeAudit(tx, ctx, { action: 'promotion.b01-upload', targetType: 'b01-upload', targetId: id, after: { schoolYear: file.schoolYear, total: matched.length, anomalyCount } });
  });
  return previewB01(ctx);
}
