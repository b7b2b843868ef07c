import { eq } from 'drizzle-orm';
import { hwDefinitions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import { loadOwnDefinition } from './load-own-definition';
import { subtreeIds } from './section-tree';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * HW-04 完成 (its creator): every section holds at least one question (a section that only
 * groups sub-sections holds theirs), and on a scored definition every question has a score;
 * the total is their sum. From then on the definition only is viewed, copied and assigned.
 */
export async function completeDefinition(ctx: ServiceContext, id: string) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const d = await loadOwnDefinition(tx, actor, id);
    const before = await definitionDetail(tx, id);
    if (before.sections.length === 0) throw new ApiError('definition_empty', { field: 'sections' });
    for (const s of before.sections) {
      const held = subtreeIds(before.sections, s.id).some((sid) => before.sections.some((x) => x.id === sid && x.items.length > 0));
      if (!held) throw new ApiError('section_empty', { field: `sections.${s.id}`, params: { title: s.title } });
    }
    const items = before.sections.flatMap((s) => s.items);
    if (d.scored) {
      const unscored = items.find((i) => i.score === null || i.score <= 0);
      if (unscored) throw new ApiError('item_unscored', { field: `items.${unscored.id}.score`, params: { text: short(unscored.text) } });
    }
    // cents, so 0.1 + 0.2 is 0.3
    const totalScore = d.scored ? Math.round(items.reduce((sum, i) => sum + (i.score ?? 0), 0) * 100) / 100 : null;
    await tx.update(hwDefinitions).set({ status: 'completed', totalScore, completedAt: now, updatedAt: now }).where(eq(hwDefinitions.id, id));
    const after = await definitionDetail(tx, id);
    await writeAudit(tx, ctx, { action: 'hw_definition.complete', targetType: 'hw_definition', targetId: id, before, after });
    return after;
  });
}
