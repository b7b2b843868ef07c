import { and, asc, eq, isNull } from 'drizzle-orm';
import { hwSections } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { loadOwnDefinition, sectionOf, touchDefinition } from './load-own-definition';
import type { UpdateSectionInput } from './schemas';
import { placeAt } from './section-tree';

/** Renames a section of a draft, or moves it to a position among its siblings (renumbered 0…n-1). */
export async function updateSection(ctx: ServiceContext, id: string, sectionId: string, input: UpdateSectionInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await loadOwnDefinition(tx, actor, id);
    const before = await sectionOf(tx, id, sectionId);
    if (input.title !== undefined) await tx.update(hwSections).set({ title: input.title }).where(eq(hwSections.id, sectionId));
    if (input.sortOrder !== undefined) {
      const siblings = await tx
        .select({ id: hwSections.id, sortOrder: hwSections.sortOrder })
        .from(hwSections)
        .where(and(eq(hwSections.definitionId, id), before.parentId ? eq(hwSections.parentId, before.parentId) : isNull(hwSections.parentId)))
        .orderBy(asc(hwSections.sortOrder), asc(hwSections.id))
        .all();
      const order = placeAt(
        siblings.map((s) => s.id),
        sectionId,
        input.sortOrder,
      );
      for (const [i, sid] of order.entries()) {
        if (siblings.find((s) => s.id === sid)?.sortOrder !== i) await tx.update(hwSections).set({ sortOrder: i }).where(eq(hwSections.id, sid));
      }
    }
    await touchDefinition(tx, id, now);
    const after = await sectionOf(tx, id, sectionId);
    await writeAudit(tx, ctx, { action: 'hw_definition.section.update', targetType: 'hw_definition', targetId: id, before, after });
    return definitionDetail(tx, id);
  });
}
