import { eq } from 'drizzle-orm';
import { hwDefinitionItems, hwDefinitions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { loadOwnDefinition } from './load-own-definition';
import type { UpdateDefinitionInput } from './schemas';

/**
 * 編輯 a draft definition (its creator): title and 是否計分. An unscored definition holds no
 * scores, so turning scoring off clears them (HW-04 checks them again when it is turned on).
 */
export async function updateDefinition(ctx: ServiceContext, id: string, input: UpdateDefinitionInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const d = await loadOwnDefinition(tx, actor, id);
    const before = await definitionDetail(tx, id);
    await tx
      .update(hwDefinitions)
      .set({ title: input.title ?? d.title, scored: input.scored ?? d.scored, updatedAt: now })
      .where(eq(hwDefinitions.id, id));
    if (input.scored === false) await tx.update(hwDefinitionItems).set({ score: null }).where(eq(hwDefinitionItems.definitionId, id));
    const after = await definitionDetail(tx, id);
    await writeAudit(tx, ctx, { action: 'hw_definition.update', targetType: 'hw_definition', targetId: id, before, after });
    return after;
  });
}
