import { and, eq, isNull, max } from 'drizzle-orm';
import { hwSections } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { loadOwnDefinition, touchDefinition } from './load-own-definition';
import type { AddSectionInput } from './schemas';

/**
 * 添加章節 (HW-03) to a draft, last among its siblings: at the top level (右鍵作業定義標題) or
 * under a section of the same definition. Answers the whole definition, for the tree editor.
 */
export async function addSection(ctx: ServiceContext, id: string, input: AddSectionInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await loadOwnDefinition(tx, actor, id);
    const parentId = input.parentId ?? null;
    if (parentId) {
      const parent = await tx
        .select({ id: hwSections.id })
        .from(hwSections)
        .where(and(eq(hwSections.id, parentId), eq(hwSections.definitionId, id)))
        .get();
      if (!parent) throw new ApiError('unknown_ref', { field: 'parentId', params: { field: 'parentId', ref: parentId } });
    }
    const last = await tx
      .select({ n: max(hwSections.sortOrder) })
      .from(hwSections)
      .where(and(eq(hwSections.definitionId, id), parentId ? eq(hwSections.parentId, parentId) : isNull(hwSections.parentId)))
      .get();
    const section = { id: newId(now.getTime()), definitionId: id, parentId, title: input.title, sortOrder: (last?.n ?? -1) + 1 };
    await tx.insert(hwSections).values(section);
    await touchDefinition(tx, id, now);
    await writeAudit(tx, ctx, { action: 'hw_definition.section.add', targetType: 'hw_definition', targetId: id, after: section });
    return definitionDetail(tx, id);
  });
}
