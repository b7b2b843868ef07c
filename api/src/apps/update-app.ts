import { and, eq, inArray, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { apps, members, tags } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canEnterAdminConsole, isSuperAdmin, managesApp, managesDepartment, managesPlacement } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { ancestry, departmentParents, placementOf } from '../roles/placement';
import { checkRefs, existingDepartments } from '../roles/scope-refs';
import { rangeOf, replaceRange, visibleRanges } from './app-rows';
import { catalogueApp } from './catalogue';
import { presentApp } from './presenter';
import type { VisibleRange } from './schemas';

/**
 * Every reference of a visible range must exist (400 naming the field). A scoped admin may
 * only name departments and members inside its 管理範圍 (403): not tags, which reach across
 * the school, and not an empty range, which means every staff member.
 */
async function checkRange(tx: SchoolDbOrTx, ctx: ServiceContext, range: VisibleRange): Promise<void> {
  await checkRefs(range.departmentIds, existingDepartments(tx), 'visibleRange.departmentIds');
  const staff = range.memberIds.length
    ? await tx
        .select({ id: members.id, kind: members.kind })
        .from(members)
        .where(and(inArray(members.id, range.memberIds), eq(members.kind, 'staff'), ne(members.status, 'removed')))
        .all()
    : [];
  await checkRefs(range.memberIds, async () => staff.map((m) => m.id), 'visibleRange.memberIds');
  await checkRefs(range.tagIds, async (ids) => (await tx.select({ id: tags.id }).from(tags).where(inArray(tags.id, ids)).all()).map((t) => t.id), 'visibleRange.tagIds');
  if (isSuperAdmin(ctx.actor)) return;
  if (range.tagIds.length > 0 || range.departmentIds.length + range.memberIds.length === 0) throw forbidden();
  const parents = await departmentParents(tx);
  if (!range.departmentIds.every((d) => managesDepartment(ctx.actor, ancestry(parents, d)))) throw forbidden();
  for (const m of staff) if (!managesPlacement(ctx.actor, await placementOf(tx, m))) throw forbidden();
}

/**
 * APP-01: enables or disables an app, lets parents use it or not, sets its visible range.
 * Super admins change every app, a scoped admin the apps of its scope; audited.
 */
export async function updateApp(ctx: ServiceContext, key: string, input: { enabled?: boolean; parentsAllowed?: boolean; visibleRange?: VisibleRange }) {
  const app = catalogueApp(key);
  if (!app) throw notFound();
  if (!canEnterAdminConsole(ctx.actor) || !managesApp(ctx.actor, key)) throw forbidden();
  if (input.parentsAllowed && app.audience === 'staff') throw new ApiError('staff_only_app', { field: 'parentsAllowed' });
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (input.visibleRange) await checkRange(tx, ctx, input.visibleRange);
    const row = await tx.select().from(apps).where(eq(apps.key, key)).get();
    const before = { enabled: row?.enabled ?? false, parentsAllowed: row?.parentsAllowed ?? false, visibleRange: rangeOf(await visibleRanges(tx, [key]), key) };
    const next = { enabled: input.enabled ?? before.enabled, parentsAllowed: input.parentsAllowed ?? before.parentsAllowed };
    const [saved] = await tx
      .insert(apps)
      .values({ key, ...next, updatedAt: now })
      .onConflictDoUpdate({ target: apps.key, set: { ...next, updatedAt: now } })
      .returning();
    if (input.visibleRange) await replaceRange(tx, key, input.visibleRange);
    const range = rangeOf(await visibleRanges(tx, [key]), key);
    await writeAudit(tx, ctx, { action: 'app.update', targetType: 'app', targetId: key, before, after: { ...next, visibleRange: range } });
    return presentApp(app, saved, range, true);
  });
}
