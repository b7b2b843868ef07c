import { eq } from 'drizzle-orm';
import { workbenchGroups } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canManageWorkbench } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { loadWorkbenchGroup } from './workbench-items';

/** APP-02: deletes a workbench group (its apps stay enabled, just not in this group). */
export async function deleteWorkbenchGroup(ctx: ServiceContext, id: string): Promise<void> {
  if (!canManageWorkbench(ctx.actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const before = await loadWorkbenchGroup(tx, id);
    if (!before) throw notFound();
    await tx.delete(workbenchGroups).where(eq(workbenchGroups.id, id));
    await writeAudit(tx, ctx, { action: 'workbench-group.delete', targetType: 'workbench-group', targetId: id, before: { name: before.name, appKeys: before.appKeys } });
  });
}
