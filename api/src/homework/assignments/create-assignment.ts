import { hwAssignmentClasses, hwAssignments } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { newId } from '../../lib/ids';
import { requireAssignmentUser } from './access';
import { checkSchedule, checkTargets, instant } from './check-targets';
import { viewAfterChange } from './get-assignment';
import { publishDraft } from './publish-assignment';
import type { CreateAssignmentBody } from './schemas';

/**
 * HW-05 添加學生作業: a completed definition of a subject the caller teaches, for one or more
 * of the classes they teach it in (admins: see check-targets.ts). 保存草稿 keeps it a draft,
 * sent by the job at `scheduledAt` if set; 發佈 sends it at once and drops `scheduledAt`.
 * One transaction: the row, its classes, and when published its submissions and messages.
 */
export async function createAssignment(ctx: ServiceContext, input: CreateAssignmentBody) {
  const actor = requireAssignmentUser(ctx.actor);
  const now = ctx.clock.now();
  const scheduledAt = input.publish ? null : (instant(input.scheduledAt) ?? null);
  checkSchedule(scheduledAt, now);
  return ctx.db.transaction(async (tx) => {
    const { definition, classIds } = await checkTargets(tx, actor, input);
    const id = newId(now.getTime());
    await tx.insert(hwAssignments).values({
      id,
      title: input.title,
      subjectId: input.subjectId,
      definitionId: definition.id,
      kind: input.kind,
      scored: definition.scored,
      totalScore: definition.scored ? definition.totalScore : null,
      status: 'draft',
      deadline: instant(input.deadline) ?? null,
      remindAt: instant(input.remindAt) ?? null,
      scheduledAt,
      creatorId: actor.memberId,
      creatorName: actor.name,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(hwAssignmentClasses).values(classIds.map((classId) => ({ assignmentId: id, classId })));
    await writeAudit(tx, ctx, {
      action: 'homework.create',
      targetType: 'homework',
      targetId: id,
      after: { title: input.title, subjectId: input.subjectId, definitionId: definition.id, kind: input.kind, classIds, scheduledAt: scheduledAt?.toISOString() ?? null },
    });
    if (input.publish) await publishDraft(tx, ctx, id);
    return viewAfterChange(tx, ctx, id);
  });
}
