import { eq } from 'drizzle-orm';
import { hwQuestions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { checkAttachments, checkContent, requireEnabledSubject } from './content';
import { questionDetail } from './get-question';
import { loadOwnQuestion } from './load-own-question';
import { canUseHomework } from './policy';
import type { UpdateQuestionInput } from './schemas';

/**
 * HW-02 edits a draft (its creator only; a published question is 409 question_published).
 * Type, body and key given are merged with the stored ones and checked together, so a new
 * type needs a body and key that fit it. `publish: true` publishes once saved.
 */
export async function updateQuestion(ctx: ServiceContext, id: string, input: UpdateQuestionInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const q = await loadOwnQuestion(tx, actor, id, true);
    const content = checkContent(
      { type: input.type ?? q.type, body: input.body ?? q.body, answerKey: input.answerKey ?? q.answerKey },
      ctx.locale,
    );
    if (input.subjectId !== undefined && input.subjectId !== q.subjectId) await requireEnabledSubject(tx, input.subjectId);
    const attachmentIds = input.attachmentIds ? await checkAttachments(tx, actor.memberId, input.attachmentIds, q.attachmentIds) : q.attachmentIds;
    const before = await questionDetail(tx, ctx, id);
    await tx
      .update(hwQuestions)
      .set({
        subjectId: input.subjectId ?? q.subjectId,
        text: input.text ?? q.text,
        type: content.type,
        body: content.body,
        answerKey: content.answerKey,
        attachmentIds,
        updatedAt: now,
        ...(input.publish ? { status: 'published' as const, publishedAt: now } : {}),
      })
      .where(eq(hwQuestions.id, id));
    const after = await questionDetail(tx, ctx, id);
    await writeAudit(tx, ctx, { action: input.publish ? 'hw_question.publish' : 'hw_question.update', targetType: 'hw_question', targetId: id, before, after });
    return after;
  });
}
