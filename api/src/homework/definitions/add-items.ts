import { eq, inArray, max } from 'drizzle-orm';
import { hwDefinitionItems, hwQuestions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { loadOwnDefinition, sectionOf, touchDefinition } from './load-own-definition';
import type { AddItemsInput } from './schemas';

/**
 * 添加題目 to a section of a draft (HW-03): published questions of the definition's subject,
 * each once per definition, appended in the order given without a score. The field names
 * the first id at fault (`questionIds.2`); nothing is added then.
 */
export async function addItems(ctx: ServiceContext, id: string, sectionId: string, input: AddItemsInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const d = await loadOwnDefinition(tx, actor, id);
    await sectionOf(tx, id, sectionId);
    const questions = await tx
      .select({ id: hwQuestions.id, status: hwQuestions.status, subjectId: hwQuestions.subjectId })
      .from(hwQuestions)
      .where(inArray(hwQuestions.id, input.questionIds))
      .all();
    const placed = new Set(
      (await tx.select({ questionId: hwDefinitionItems.questionId }).from(hwDefinitionItems).where(eq(hwDefinitionItems.definitionId, id)).all()).map(
        (r) => r.questionId,
      ),
    );
    input.questionIds.forEach((qid, i) => {
      const field = `questionIds.${i}`;
      const q = questions.find((x) => x.id === qid);
      if (!q) throw new ApiError('unknown_ref', { field, params: { field, ref: qid } });
      if (q.status !== 'published') throw new ApiError('question_not_published', { field });
      if (q.subjectId !== d.subjectId) throw new ApiError('question_wrong_subject', { field });
      if (placed.has(qid)) throw new ApiError('question_already_added', { field });
      placed.add(qid);
    });
    const last = await tx.select({ n: max(hwDefinitionItems.sortOrder) }).from(hwDefinitionItems).where(eq(hwDefinitionItems.sectionId, sectionId)).get();
    const start = (last?.n ?? -1) + 1;
    const rows = input.questionIds.map((questionId, i) => ({
      id: newId(now.getTime()),
      definitionId: id,
      sectionId,
      questionId,
      score: null,
      sortOrder: start + i,
    }));
    await tx.insert(hwDefinitionItems).values(rows);
    await touchDefinition(tx, id, now);
    await writeAudit(tx, ctx, { action: 'hw_definition.items.add', targetType: 'hw_definition', targetId: id, after: { sectionId, items: rows } });
    return definitionDetail(tx, id);
  });
}
