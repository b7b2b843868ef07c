import { eq } from 'drizzle-orm';
import { hwAssignments, hwDefinitionItems, hwDefinitions, hwSections } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { loadOwnDefinition } from './load-own-definition';

/**
 * 刪除 a definition (its creator), draft or completed (the manual offers 刪除 on completed
 * rows too), with its sections and items. One that homework was assigned from is 409
 * definition_in_use: the assignments read their questions from it.
 */
export async function deleteDefinition(ctx: ServiceContext, id: string): Promise<void> {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await loadOwnDefinition(tx, actor, id, false);
    const assigned = await tx.select({ id: hwAssignments.id }).from(hwAssignments).where(eq(hwAssignments.definitionId, id)).limit(1).get();
    if (assigned) throw new ApiError('definition_in_use');
    const before = await definitionDetail(tx, id);
    // explicit rather than ON DELETE CASCADE, so it holds where foreign keys are off
    await tx.delete(hwDefinitionItems).where(eq(hwDefinitionItems.definitionId, id));
    await tx.delete(hwSections).where(eq(hwSections.definitionId, id));
    await tx.delete(hwDefinitions).where(eq(hwDefinitions.id, id));
    await writeAudit(tx, ctx, { action: 'hw_definition.delete', targetType: 'hw_definition', targetId: id, before });
  });
}
