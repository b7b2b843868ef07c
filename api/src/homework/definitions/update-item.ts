import { asc, eq } from 'drizzle-orm';
import { hwDefinitionItems } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { itemOf } from './item-of';
import { loadOwnDefinition, touchDefinition } from './load-own-definition';
import type { UpdateItemInput } from './schemas';
import { placeAt } from './section-tree';

/**
 * 設置分數 of one question of a draft (scored definitions only: 409 definition_not_scored), or
 * moves it to a position within its section (renumbered 0…n-1).
 */
export async function updateItem(ctx: ServiceContext, id: string, itemId: string, input: UpdateItemInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const d = await loadOwnDefinition(tx, actor, id);
    const before = await itemOf(tx, id, itemId);
    if (input.score !== undefined) {
      if (input.score !== null && !d.scored) throw new ApiError('definition_not_scored', { field: 'score' });
      await tx.update(hwDefinitionItems).set({ score: input.score }).where(eq(hwDefinitionItems.id, itemId));
    }
    if (input.sortOrder !== undefined) {
      const siblings = await tx
        .select({ id: hwDefinitionItems.id, sortOrder: hwDefinitionItems.sortOrder })
        .from(hwDefinitionItems)
        .where(eq(hwDefinitionItems.sectionId, before.sectionId))
        .orderBy(asc(hwDefinitionItems.sortOrder), asc(hwDefinitionItems.id))
        .all();
      const order = placeAt(
        siblings.map((s) => s.id),
        itemId,
        input.sortOrder,
      );
      for (const [i, sid] of order.entries()) {
        if (siblings.find((s) => s.id === sid)?.sortOrder !== i) await tx.update(hwDefinitionItems).set({ sortOrder: i }).where(eq(hwDefinitionItems.id, sid));
      }
    }
    await touchDefinition(tx, id, now);
    const after = await itemOf(tx, id, itemId);
    await writeAudit(tx, ctx, { action: 'hw_definition.item.update', targetType: 'hw_definition', targetId: id, before, after });
    return definitionDetail(tx, id);
  });
}
