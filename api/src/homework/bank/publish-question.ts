import { eq } from 'drizzle-orm';
import { hwQuestions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { questionDetail } from './get-question';
import { loadOwnQuestion } from './load-own-question';
import { canUseHomework } from './policy';

/** HW-02 發佈 a draft (its creator); from then on it never changes and definitions may use it. */
export async function publishQuestion(ctx: ServiceContext, id: string) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await loadOwnQuestion(tx, actor, id, true);
    await tx.update(hwQuestions).set({ status: 'published', publishedAt: now, updatedAt: now }).where(eq(hwQuestions.id, id));
    const after = await questionDetail(tx, ctx, id);
    await writeAudit(tx, ctx, { action: 'hw_question.publish', targetType: 'hw_question', targetId: id, before: { status: 'draft' }, after });
    return after;
  });
}
