import { and, eq, max } from 'drizzle-orm';
import { hwAssignments, hwAttempts, hwSubmissions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { enqueueMessages } from '../../messages/enqueue';
import { deliveryTime } from '../../notices/quiet-hours';
import { assignmentFor } from '../assignments/access';
import { viewAfterChange } from '../assignments/get-assignment';
import { recipientsOf, type ScoreNotice, scoreMessage, scoreMessageKey } from './score-messages';

/**
 * HW-08 發佈分數: 已發布 → 反饋. Whoever handed the homework in is told it is graded, or that
 * it needs correcting (需訂正, HW-09); whoever did not, to hand it in late. Every
 * submission's `notifiedAt` is set: its grade is now shown to the student. Only from 已發布:
 * a second click finds 反饋 and sends nothing (409), and the keys name the occurrence.
 */
export async function publishScores(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, ctx.actor, id, 'manage');
    if (assignment.status === 'closed') throw new ApiError('assignment_closed');
    if (assignment.status === 'draft') throw new ApiError('assignment_draft');
    if (assignment.status === 'feedback') throw new ApiError('scores_published');
    const moved = await tx
      .update(hwAssignments)
      .set({ status: 'feedback', scoresPublishedAt: now, updatedAt: now })
      .where(and(eq(hwAssignments.id, id), eq(hwAssignments.status, 'published')))
      .returning({ id: hwAssignments.id });
    if (moved.length === 0) throw new ApiError('scores_published');

    const subs = await tx
      .select({ studentId: hwSubmissions.studentId, status: hwSubmissions.status, score: hwSubmissions.score })
      .from(hwSubmissions)
      .where(eq(hwSubmissions.assignmentId, id))
      .all();
    const handedIn = await tx
      .select({ studentId: hwSubmissions.studentId, number: max(hwAttempts.number) })
      .from(hwAttempts)
      .innerJoin(hwSubmissions, eq(hwSubmissions.id, hwAttempts.submissionId))
      .where(and(eq(hwSubmissions.assignmentId, id), eq(hwAttempts.status, 'submitted')))
      .groupBy(hwSubmissions.studentId)
      .all();
    const lastAttempt = new Map(handedIn.map((r) => [r.studentId, r.number]));
    const told = new Map<string, { kind: ScoreNotice; score: number | null; attempt: number | null }>();
    const counts: Record<ScoreNotice, number> = { graded: 0, correction: 0, late: 0 };
    for (const s of subs) {
      const attempt = lastAttempt.get(s.studentId) ?? null;
      const kind: ScoreNotice = attempt === null ? 'late' : s.status === 'correction' ? 'correction' : 'graded';
      told.set(s.studentId, { kind, score: s.score, attempt });
      counts[kind]++;
    }
    const deliverAfter = await deliveryTime(tx, now, false);
    const recipients = await recipientsOf(tx, [...told.keys()]);
    await enqueueMessages(
      tx,
      ctx,
      recipients.flatMap((r) => {
        const t = told.get(r.studentId);
        if (!t) return [];
        return [{ ...scoreMessage(r, t.kind, assignment, t.score, scoreMessageKey(id, t.kind, r.studentId, t.attempt)), deliverAfter }];
      }),
    );
    await tx.update(hwSubmissions).set({ notifiedAt: now }).where(eq(hwSubmissions.assignmentId, id));
    await writeAudit(tx, ctx, {
      action: 'homework.publish_scores',
      targetType: 'homework',
      targetId: id,
      before: { status: 'published' },
      after: { status: 'feedback', told: counts },
    });
    return { ...(await viewAfterChange(tx, ctx, id)), told: counts };
  });
}
