import { eq } from 'drizzle-orm';
import { hwDefinitionItems } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { itemOf } from './item-of';
import { loadOwnDefinition, touchDefinition } from './load-own-definition';

/** 刪除題目 from a draft (the question stays in the bank). */
export async function deleteItem(ctx: ServiceContext, id: string, itemId: string) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await loadOwnDefinition(tx, actor, id);
    const before = await itemOf(tx, id, itemId);
    await tx.delete(hwDefinitionItems).where(eq(hwDefinitionItems.id, itemId));
    await touchDefinition(tx, id, now);
    await writeAudit(tx, ctx, { action: 'hw_definition.item.delete', targetType: 'hw_definition', targetId: id, before });
    return definitionDetail(tx, id);
  });
}
