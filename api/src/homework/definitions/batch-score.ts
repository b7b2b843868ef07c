import { eq, inArray } from 'drizzle-orm';
import { hwDefinitionItems, hwSections } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { loadOwnDefinition, sectionOf, touchDefinition } from './load-own-definition';
import { subtreeIds } from './section-tree';

/**
 * 批量設置分數 (HW-03): one score for every question under the section (its sub-sections
 * included: 該章節下所有題目) of a scored draft.
 */
export async function batchScore(ctx: ServiceContext, id: string, sectionId: string, input: { score: number }) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const d = await loadOwnDefinition(tx, actor, id);
    if (!d.scored) throw new ApiError('definition_not_scored', { field: 'score' });
    await sectionOf(tx, id, sectionId);
    const all = await tx
      .select({ id: hwSections.id, parentId: hwSections.parentId, sortOrder: hwSections.sortOrder })
      .from(hwSections)
      .where(eq(hwSections.definitionId, id))
      .all();
    const ids = subtreeIds(all, sectionId);
    const before = await tx
      .select({ id: hwDefinitionItems.id, score: hwDefinitionItems.score })
      .from(hwDefinitionItems)
      .where(inArray(hwDefinitionItems.sectionId, ids))
      .all();
    await tx.update(hwDefinitionItems).set({ score: input.score }).where(inArray(hwDefinitionItems.sectionId, ids));
    await touchDefinition(tx, id, now);
    await writeAudit(tx, ctx, { action: 'hw_definition.score', targetType: 'hw_definition', targetId: id, before, after: { sectionId, score: input.score } });
    return definitionDetail(tx, id);
  });
}
