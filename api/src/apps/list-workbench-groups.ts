import { asc, count, sql } from 'drizzle-orm';
import { workbenchGroups } from '../../../db/schema';
import { canManageWorkbench } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { presentGroup } from './presenter';
import { itemsOf } from './workbench-items';

/** APP-02 工作台管理: the workbench groups in order with their apps (super admins). */
export async function listWorkbenchGroups(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string }) {
  if (!canManageWorkbench(ctx.actor)) throw forbidden();
  const where = input.q ? sql`${workbenchGroups.name} like ${likePattern(input.q)} escape '\\'` : undefined;
  const groups = await ctx.db
    .select()
    .from(workbenchGroups)
    .where(where)
    .orderBy(asc(workbenchGroups.sortOrder), asc(workbenchGroups.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db.select({ n: count() }).from(workbenchGroups).where(where).get();
  const items = await itemsOf(ctx.db, groups.map((g) => g.id));
  return pageOf(groups.map((g) => presentGroup(g, items.get(g.id) ?? [])), total?.n ?? 0, input.page, input.pageSize);
}
