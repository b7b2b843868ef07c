import { eq } from 'drizzle-orm';
import { hwDefinitionItems, hwDefinitions, hwSections } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';

/**
 * HW-04 複製: any staff member copies any definition, draft or completed, into a new draft
 * of their own with every section, question and score (the questions are published, so
 * sharing them is safe). The copy keeps the title, as the manual's list shows.
 */
export async function copyDefinition(ctx: ServiceContext, id: string) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const source = await tx.select().from(hwDefinitions).where(eq(hwDefinitions.id, id)).get();
    if (!source) throw notFound();
    const sections = await tx.select().from(hwSections).where(eq(hwSections.definitionId, id)).all();
    const items = await tx.select().from(hwDefinitionItems).where(eq(hwDefinitionItems.definitionId, id)).all();
    const copyId = newId(now.getTime());
    await tx.insert(hwDefinitions).values({
      id: copyId,
      title: source.title,
      subjectId: source.subjectId,
      scored: source.scored,
      status: 'draft',
      totalScore: null,
      creatorId: actor.memberId,
      creatorName: actor.name,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
    });
    const sectionIds = new Map(sections.map((s) => [s.id, newId(now.getTime())]));
    const newSection = (old: string) => sectionIds.get(old) ?? old;
    if (sections.length) {
      await tx.insert(hwSections).values(
        sections.map((s) => ({ ...s, id: newSection(s.id), definitionId: copyId, parentId: s.parentId ? (sectionIds.get(s.parentId) ?? null) : null })),
      );
    }
    if (items.length) {
      await tx
        .insert(hwDefinitionItems)
        .values(items.map((i) => ({ ...i, id: newId(now.getTime()), definitionId: copyId, sectionId: newSection(i.sectionId) })));
    }
    const after = await definitionDetail(tx, copyId);
    await writeAudit(tx, ctx, { action: 'hw_definition.copy', targetType: 'hw_definition', targetId: copyId, before: { sourceId: id }, after });
    return after;
  });
}
