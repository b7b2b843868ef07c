import { apps } from '../../../db/schema';
import { canEnterAdminConsole, managesApp } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { offsetOf, pageOf } from '../lib/paging';
import { rangeOf, visibleRanges } from './app-rows';
import { CATALOGUE } from './catalogue';
import { presentApp } from './presenter';

/**
 * APP-01 部署應用 for admins: every app of the catalogue with whether the school enabled it,
 * whether parents may use it and its visible range; `manageable` marks what the caller may
 * change (a scoped admin: the apps of its scope). Searchable by name or key, paged.
 */
export async function listApps(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string }) {
  if (!canEnterAdminConsole(ctx.actor)) throw forbidden();
  const rows = new Map((await ctx.db.select().from(apps).all()).map((r) => [r.key, r]));
  const ranges = await visibleRanges(ctx.db);
  const q = input.q?.toLowerCase();
  const matching = q ? CATALOGUE.filter((a) => a.key.includes(q) || Object.values(a.name).some((n) => n.toLowerCase().includes(q))) : CATALOGUE;
  const start = offsetOf(input.page, input.pageSize);
  const items = matching
    .slice(start, start + input.pageSize)
    .map((a) => presentApp(a, rows.get(a.key), rangeOf(ranges, a.key), managesApp(ctx.actor, a.key)));
  return pageOf(items, matching.length, input.page, input.pageSize);
}
