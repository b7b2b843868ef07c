import { and, count, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { auditLog, hwAssignments, hwSubmissions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { assignmentFor } from './access';
import { notifyStudents } from './messages';
import { transitionRefusal } from './policy';

/** Students who have not handed the homework in (未開始, 已保存). */
async function notHandedIn(tx: SchoolDbOrTx, id: string): Promise<string[]> {
  const rows = await tx
    .select({ id: hwSubmissions.studentId })
    .from(hwSubmissions)
    .where(and(eq(hwSubmissions.assignmentId, id), inArray(hwSubmissions.status, ['not_started', 'saved'])))
    .all();
  return rows.map((r) => r.id);
}

/**
 * HW-06 提醒: a message to each student who has not submitted (or their guardians). Every
 * press is a new occurrence: its number is one more than the presses the audit log holds,
 * and the message keys name it (`homework:<id>:remind:<n>:<studentId>`). Nobody left to
 * remind changes nothing. Refused on a draft and once 已完結.
 */
export async function remindAssignment(ctx: ServiceContext, id: string): Promise<{ number: number; reminded: number }> {
  return ctx.db.transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, ctx.actor, id, 'manage');
    const refusal = transitionRefusal(assignment.status, 'remind');
    if (refusal) throw new ApiError(refusal);
    const before = await tx
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'homework'), eq(auditLog.targetId, id), eq(auditLog.action, 'homework.remind')))
      .get();
    const number = (before?.n ?? 0) + 1;
    const pending = await notHandedIn(tx, id);
    if (pending.length === 0) return { number: number - 1, reminded: 0 };
    await notifyStudents(tx, ctx, assignment, pending, 'remind', (studentId) => `homework:${id}:remind:${number}:${studentId}`);
    await writeAudit(tx, ctx, { action: 'homework.remind', targetType: 'homework', targetId: id, after: { number, students: pending.length } });
    return { number, reminded: pending.length };
  });
}

const due = (now: Date) =>
  and(isNull(hwAssignments.remindedAt), lte(hwAssignments.remindAt, now), inArray(hwAssignments.status, ['published', 'feedback']));

/**
 * 提醒時間 (the job): reminds, once per reminder time, those who have not submitted each
 * assignment whose time has come. The claim (`remindedAt`) and the messages are one
 * transaction and the keys name the time (`homework:<id>:remind-at:<ms>:<studentId>`), so
 * overlapping runs send once; a changed reminder time reminds again.
 */
export async function remindDueAssignments(ctx: ServiceContext, limit = 50): Promise<{ assignments: number; students: number }> {
  const now = ctx.clock.now();
  const list = await ctx.db.select({ id: hwAssignments.id }).from(hwAssignments).where(due(now)).orderBy(hwAssignments.remindAt).limit(limit).all();
  const out = { assignments: 0, students: 0 };
  for (const { id } of list) {
    const sent = await ctx.db.transaction(async (tx) => {
      const [row] = await tx.update(hwAssignments).set({ remindedAt: now }).where(and(eq(hwAssignments.id, id), due(now))).returning();
      if (!row?.remindAt) return null;
      const at = row.remindAt.getTime();
      const pending = await notHandedIn(tx, id);
      await notifyStudents(tx, ctx, row, pending, 'remind', (studentId) => `homework:${id}:remind-at:${at}:${studentId}`);
      await writeAudit(tx, ctx, { action: 'homework.auto-remind', targetType: 'homework', targetId: id, after: { remindAt: row.remindAt.toISOString(), students: pending.length } });
      return pending.length;
    });
    if (sent === null) continue;
    out.assignments++;
    out.students += sent;
  }
  return out;
}
