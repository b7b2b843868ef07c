import { hwQuestions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { checkAttachments, checkContent, requireEnabledSubject } from './content';
import { questionDetail } from './get-question';
import { canUseHomework } from './policy';
import type { CreateQuestionInput } from './schemas';

/**
 * HW-01 添加: a question of one of the eight types in an enabled subject (TT-07), saved as a
 * draft or published at once. Nothing is stored when any part is wrong.
 */
export async function createQuestion(ctx: ServiceContext, input: CreateQuestionInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const content = checkContent(input, ctx.locale);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await requireEnabledSubject(tx, input.subjectId);
    const attachmentIds = await checkAttachments(tx, actor.memberId, input.attachmentIds);
    const id = newId(now.getTime());
    await tx.insert(hwQuestions).values({
      id,
      subjectId: input.subjectId,
      type: content.type,
      text: input.text,
      body: content.body,
      answerKey: content.answerKey,
      attachmentIds,
      status: input.publish ? 'published' : 'draft',
      creatorId: actor.memberId,
      creatorName: actor.name,
      createdAt: now,
      updatedAt: now,
      publishedAt: input.publish ? now : null,
    });
    const question = await questionDetail(tx, ctx, id);
    await writeAudit(tx, ctx, { action: input.publish ? 'hw_question.publish' : 'hw_question.create', targetType: 'hw_question', targetId: id, after: question });
    return question;
  });
}
