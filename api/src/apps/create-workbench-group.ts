import { max } from 'drizzle-orm';
import { workbenchGroups } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canManageWorkbench } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { newId } from '../lib/ids';
import { ensureAppRows } from './app-rows';
import { loadWorkbenchGroup, replaceItems } from './workbench-items';

/** APP-02: a new workbench group, last in order, with its apps in the order given. */
export async function createWorkbenchGroup(ctx: ServiceContext, input: { name: string; translations: { en?: string; pt?: string }; appKeys: string[] }) {
  if (!canManageWorkbench(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const last = await tx.select({ n: max(workbenchGroups.sortOrder) }).from(workbenchGroups).get();
    const id = newId(now.getTime());
    await tx.insert(workbenchGroups).values({ id, name: input.name, translations: input.translations, sortOrder: (last?.n ?? -1) + 1, createdAt: now });
    await ensureAppRows(tx, input.appKeys, now);
    await replaceItems(tx, id, input.appKeys);
    const group = await loadWorkbenchGroup(tx, id);
    if (!group) throw notFound();
    await writeAudit(tx, ctx, { action: 'workbench-group.create', targetType: 'workbench-group', targetId: id, after: { name: group.name, translations: group.translations, appKeys: group.appKeys } });
    return group;
  });
}
