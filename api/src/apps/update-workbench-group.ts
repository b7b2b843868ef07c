import { eq } from 'drizzle-orm';
import { workbenchGroups } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canManageWorkbench } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { ensureAppRows } from './app-rows';
import { loadWorkbenchGroup, replaceItems } from './workbench-items';

/** APP-02: renames a workbench group and/or replaces its ordered apps. */
export async function updateWorkbenchGroup(ctx: ServiceContext, id: string, input: { name?: string; translations?: { en?: string; pt?: string }; appKeys?: string[] }) {
  if (!canManageWorkbench(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const before = await loadWorkbenchGroup(tx, id);
    if (!before) throw notFound();
    if (input.name !== undefined || input.translations !== undefined) {
      await tx.update(workbenchGroups).set({ name: input.name, translations: input.translations }).where(eq(workbenchGroups.id, id));
    }
    if (input.appKeys) {
      await ensureAppRows(tx, input.appKeys, now);
      await replaceItems(tx, id, input.appKeys);
    }
    const after = await loadWorkbenchGroup(tx, id);
    if (!after) throw notFound();
    await writeAudit(tx, ctx, {
      action: input.appKeys ? 'workbench-group.items' : 'workbench-group.update',
      targetType: 'workbench-group',
      targetId: id,
      before: { name: before.name, translations: before.translations, appKeys: before.appKeys },
      after: { name: after.name, translations: after.translations, appKeys: after.appKeys },
    });
    return after;
  });
}
