import { desc, eq, sql } from 'drizzle-orm';
import { b01Moves, b01Updates } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { canUpdateB01 } from './policy';
import { presentUpdate } from './presenter';
import { existingClassIds, type Move, performMoves, studentStates } from './student-moves';

/**
 * Undo of the last 確認更新通訊錄: every student it moved goes back to the class (and status)
 * they had before, in one transaction, logged as an update of its own. Only the newest apply
 * can be undone, once; a student moved again since (by hand) is left where they are now.
 */
export async function undoB01(ctx: ServiceContext) {
  const actor = ctx.actor;
  if (!actor || !canUpdateB01(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const last = await tx.select().from(b01Updates).where(eq(b01Updates.kind, 'apply')).orderBy(desc(b01Updates.at), sql`${b01Updates}.rowid desc`).limit(1).get();
    if (!last || last.undoneAt) throw new ApiError('b01_nothing_to_undo');
    const moved = await tx.select().from(b01Moves).where(eq(b01Moves.updateId, last.id)).all();
    const states = await studentStates(tx, moved.map((m) => m.studentId));
    const live = await existingClassIds(tx, moved.map((m) => m.fromClassId));
    const back: Move[] = [];
    for (const m of moved) {
      const state = states.get(m.studentId);
      if (!state || state.classId !== m.toClassId || state.status !== m.toStatus) continue;
      const fromClassId = m.fromClassId && live.has(m.fromClassId) ? m.fromClassId : null;
      back.push({ studentId: m.studentId, fromClassId: state.classId, fromStatus: state.status, toClassId: fromClassId, toStatus: m.fromStatus });
    }
    const id = newId(now.getTime());
    const counts = { restored: back.length, skipped: moved.length - back.length };
    const [update] = await tx
      .insert(b01Updates)
      .values({ id, kind: 'undo', uploadId: last.uploadId, schoolYear: last.schoolYear, counts, undoOf: last.id, byMemberId: actor.memberId, byName: actor.name, at: now })
      .returning();
    await performMoves(tx, id, back, now);
    await tx.update(b01Updates).set({ undoneAt: now }).where(eq(b01Updates.id, last.id));
    await writeAudit(tx, ctx, { action: 'promotion.b01-undo', targetType: 'b01-update', targetId: last.id, before: { undoneAt: null }, after: { undoneAt: now.toISOString(), ...counts } });
    return presentUpdate(update);
  });
}
