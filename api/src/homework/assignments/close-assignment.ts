import { and, eq, inArray } from 'drizzle-orm';
import { hwAssignments } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { assignmentFor } from './access';
import { viewAfterChange } from './get-assignment';
import { transitionRefusal } from './policy';

/**
 * HW-10 封存: 已發布 or 反饋 → 已完結. Afterwards nobody submits, grades or changes it (every
 * verb checks the status in its own transaction). A draft cannot be closed (delete it).
 */
export async function closeAssignment(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, ctx.actor, id, 'manage');
    const refusal = transitionRefusal(assignment.status, 'close');
    if (refusal) throw new ApiError(refusal);
    const done = await tx
      .update(hwAssignments)
      .set({ status: 'closed', closedAt: now, updatedAt: now })
      .where(and(eq(hwAssignments.id, id), inArray(hwAssignments.status, ['published', 'feedback'])))
      .returning({ id: hwAssignments.id });
    if (done.length === 0) throw new ApiError('assignment_closed');
    await writeAudit(tx, ctx, { action: 'homework.close', targetType: 'homework', targetId: id, before: { status: assignment.status }, after: { status: 'closed' } });
    return viewAfterChange(tx, ctx, id);
  });
}
