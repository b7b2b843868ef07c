import { eq, inArray } from 'drizzle-orm';
import { hwDefinitionItems, hwSections } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { loadOwnDefinition, sectionOf, touchDefinition } from './load-own-definition';
import { subtreeIds } from './section-tree';

/** 刪除章節 of a draft: the section, its sub-sections and every question placed in them. */
export async function deleteSection(ctx: ServiceContext, id: string, sectionId: string) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await loadOwnDefinition(tx, actor, id);
    const section = await sectionOf(tx, id, sectionId);
    const all = await tx
      .select({ id: hwSections.id, parentId: hwSections.parentId, sortOrder: hwSections.sortOrder })
      .from(hwSections)
      .where(eq(hwSections.definitionId, id))
      .all();
    const ids = subtreeIds(all, sectionId);
    const items = await tx
      .select({ id: hwDefinitionItems.id, questionId: hwDefinitionItems.questionId, sectionId: hwDefinitionItems.sectionId })
      .from(hwDefinitionItems)
      .where(inArray(hwDefinitionItems.sectionId, ids))
      .all();
    await tx.delete(hwDefinitionItems).where(inArray(hwDefinitionItems.sectionId, ids));
    await tx.delete(hwSections).where(inArray(hwSections.id, ids));
    await touchDefinition(tx, id, now);
    await writeAudit(tx, ctx, {
      action: 'hw_definition.section.delete',
      targetType: 'hw_definition',
      targetId: id,
      before: { section, sectionIds: ids, items },
    });
    return definitionDetail(tx, id);
  });
}
