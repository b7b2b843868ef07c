import { eq } from 'drizzle-orm';
import { hwDefinitionItems, hwQuestions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { questionDetail } from './get-question';
import { loadOwnQuestion } from './load-own-question';
import { canUseHomework } from './policy';

/**
 * HW-02 刪除: creators delete only their own questions, drafts or published; admins follow
 * the same rule. A question a definition holds is 409 question_in_use (the definition, and
 * any homework assigned from it, still shows it).
 */
export async function deleteQuestion(ctx: ServiceContext, id: string): Promise<void> {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await loadOwnQuestion(tx, actor, id, false);
    const used = await tx.select({ id: hwDefinitionItems.id }).from(hwDefinitionItems).where(eq(hwDefinitionItems.questionId, id)).limit(1).get();
    if (used) throw new ApiError('question_in_use');
    const before = await questionDetail(tx, ctx, id);
    await tx.delete(hwQuestions).where(eq(hwQuestions.id, id));
    await writeAudit(tx, ctx, { action: 'hw_question.delete', targetType: 'hw_question', targetId: id, before });
  });
}
