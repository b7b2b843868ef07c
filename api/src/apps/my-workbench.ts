import { asc, eq } from 'drizzle-orm';
import { apps, memberTags, workbenchGroups } from '../../../db/schema';
import { isAdmin } from '../auth/policy';
import type { Actor, ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { placementOf } from '../roles/placement';
import { rangeOf, visibleRanges } from './app-rows';
import { BACK_OFFICE_APP, catalogueApp } from './catalogue';
import { presentTile } from './presenter';
import { itemsOf } from './workbench-items';

/** Everything about the member that a visible range can name: departments (with ancestors) and tags. */
async function reachOf(ctx: ServiceContext, actor: Actor) {
  if (actor.kind !== 'staff') return { departments: new Set<string>(), tags: new Set<string>() };
  const placement = await placementOf(ctx.db, { id: actor.memberId, kind: actor.kind });
  const tags = await ctx.db.select({ id: memberTags.tagId }).from(memberTags).where(eq(memberTags.memberId, actor.memberId)).all();
  return { departments: new Set(placement.departmentPaths.flat()), tags: new Set(tags.map((t) => t.id)) };
}

/**
 * APP-02 the mobile home page: the workbench groups in order, each with the apps this member
 * may open, in order. Staff see enabled apps whose visible range includes them (no range =
 * every staff member; a department covers its sub-departments); parents and students see
 * enabled apps open to parents; 管理後台 is for admins only. Empty groups are left out.
 */
export async function myWorkbench(ctx: ServiceContext) {
  const actor = ctx.actor;
  if (!actor) throw new ApiError('unauthenticated');
  const rows = new Map((await ctx.db.select().from(apps).all()).map((r) => [r.key, r]));
  const ranges = await visibleRanges(ctx.db);
  const me = await reachOf(ctx, actor);

  const mayOpen = (key: string): boolean => {
    const row = rows.get(key);
    const app = catalogueApp(key);
    if (!row?.enabled || !app) return false;
    if (actor.kind !== 'staff') return row.parentsAllowed && app.audience === 'all';
    if (key === BACK_OFFICE_APP && !isAdmin(actor)) return false;
    const range = rangeOf(ranges, key);
    if (range.departmentIds.length + range.memberIds.length + range.tagIds.length === 0) return true;
    return (
      range.memberIds.includes(actor.memberId) || range.departmentIds.some((d) => me.departments.has(d)) || range.tagIds.some((t) => me.tags.has(t))
    );
  };

  const groups = await ctx.db.select().from(workbenchGroups).orderBy(asc(workbenchGroups.sortOrder), asc(workbenchGroups.id)).all();
  const items = await itemsOf(ctx.db, groups.map((g) => g.id));
  return {
    groups: groups
      .map((g) => ({
        id: g.id,
        name: (ctx.locale === 'en' || ctx.locale === 'pt' ? g.translations[ctx.locale] : undefined) ?? g.name,
        apps: (items.get(g.id) ?? []).filter(mayOpen).flatMap((k) => {
          const app = catalogueApp(k);
          return app ? [presentTile(app)] : [];
        }),
      }))
      .filter((g) => g.apps.length > 0),
  };
}
