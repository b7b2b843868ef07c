import { and, eq } from 'drizzle-orm';
import { hwAssignments } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { assignmentFor } from './access';
import { transitionRefusal } from './policy';

/** 刪除: a draft only (nobody has received it); a published one is 409, a closed one too. */
export async function deleteAssignment(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, ctx.actor, id, 'manage');
    const refusal = transitionRefusal(assignment.status, 'delete');
    if (refusal) throw new ApiError(refusal);
    // the status in the where: a publish (or the scheduled job) that won the race keeps it
    const gone = await tx
      .delete(hwAssignments)
      .where(and(eq(hwAssignments.id, id), eq(hwAssignments.status, 'draft')))
      .returning({ id: hwAssignments.id });
    if (gone.length === 0) throw new ApiError('assignment_published');
    const { classIds, ...row } = assignment;
    await writeAudit(tx, ctx, {
      action: 'homework.delete',
      targetType: 'homework',
      targetId: id,
      before: { title: row.title, definitionId: row.definitionId, classIds, scheduledAt: row.scheduledAt?.toISOString() ?? null },
    });
  });
}
