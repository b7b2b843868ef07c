import { and, eq } from 'drizzle-orm';
import { b01Rows, b01Updates } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { requireCurrentUpload, standingApply } from './latest-upload';
import { canUpdateB01 } from './policy';
import { presentUpdate } from './presenter';
import { existingClassIds, type Move, performMoves, studentStates } from './student-moves';

/**
 * PRM-05 確認更新通訊錄: moves every student of the current JSON without anomalies to their
 * class of the file, in ONE transaction, and writes the update log (who, when, counts) with
 * where each student was, so the update can be undone. A former student (alumni) listed
 * again becomes active. Only the upload that was previewed may be applied (409 b01_stale
 * when a newer one came since).
 */
export async function applyB01(ctx: ServiceContext, input: { uploadId: string }) {
  const actor = ctx.actor;
  if (!actor || !canUpdateB01(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const upload = await requireCurrentUpload(tx, input.uploadId);
    if (await standingApply(tx, upload.id)) throw new ApiError('b01_applied', { field: 'uploadId' });
    const rows = await tx
      .select({ studentId: b01Rows.studentId, classId: b01Rows.classId })
      .from(b01Rows)
      .where(and(eq(b01Rows.uploadId, upload.id), eq(b01Rows.anomalies, [])))
      .all();
    const states = await studentStates(tx, rows.flatMap((r) => (r.studentId ? [r.studentId] : [])));
    const live = await existingClassIds(tx, rows.map((r) => r.classId));
    const moves: Move[] = [];
    let unchanged = 0;
    let skipped = upload.total - rows.length;
    for (const r of rows) {
      const state = r.studentId ? states.get(r.studentId) : undefined;
      // gone or transferred since the upload, or its class deleted: left as it is
      if (!r.studentId || !r.classId || !state || state.status === 'transferred' || !live.has(r.classId)) {
        skipped++;
        continue;
      }
      if (state.classId === r.classId && state.status === 'active') {
        unchanged++;
        continue;
      }
      moves.push({ studentId: r.studentId, fromClassId: state.classId, fromStatus: state.status, toClassId: r.classId, toStatus: 'active' });
    }
    const id = newId(now.getTime());
    const counts = { total: upload.total, moved: moves.length, unchanged, skipped };
    const [update] = await tx
      .insert(b01Updates)
      .values({ id, kind: 'apply', uploadId: upload.id, schoolYear: upload.schoolYear, counts, byMemberId: actor.memberId, byName: actor.name, at: now })
      .returning();
    await performMoves(tx, id, moves, now);
    await writeAudit(tx, ctx, { action: 'promotion.b01-apply', targetType: 'b01-update', targetId: id, after: { uploadId: upload.id, ...counts } });
    return presentUpdate(update);
  });
}
