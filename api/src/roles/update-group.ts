import { eq } from 'drizzle-orm';
import { adminGroups } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canManageAdmins } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { auditShape, groupCandidates, joinGroup, leaveGroup, loadGroup, membersOf } from './group-members';
import { forgetSessions, notifyRole } from './role-state';
import type { Scope } from './schemas';
import { checkScopeRefs, dedupeScope, replaceGroupScope } from './scope-refs';

/**
 * ADM-01: renames a management group, replaces its scope or its members. Members who leave
 * stay scoped admins with their own scope; members who stay are told when the scope changed.
 */
export async function updateGroup(ctx: ServiceContext, id: string, input: { name?: string; scope?: Scope; memberIds?: string[] }) {
  if (!canManageAdmins(ctx.actor)) throw forbidden();
  const scope = input.scope ? dedupeScope(input.scope) : undefined;
  const touched = new Set<string>();
  const group = await ctx.db.transaction(async (tx) => {
    const before = await loadGroup(tx, id);
    if (!before) throw notFound();
    if (scope) await checkScopeRefs(tx, scope);
    const current = (await membersOf(tx, id)).map((m) => m.id);
    const wanted = input.memberIds ? await groupCandidates(tx, input.memberIds) : null;
    const name = input.name ?? before.name;
    if (input.name !== undefined) await tx.update(adminGroups).set({ name }).where(eq(adminGroups.id, id));
    if (scope) await replaceGroupScope(tx, id, scope);
    if (wanted) {
      const wantedIds = new Set(wanted.map((m) => m.id));
      await leaveGroup(tx, id, current.filter((m) => !wantedIds.has(m)));
      await joinGroup(tx, ctx, { id, name }, wanted.filter((m) => !current.includes(m.id)));
    }
    const after = await loadGroup(tx, id);
    if (!after) throw notFound();
    if (scope) {
      for (const m of (await membersOf(tx, id)).filter((x) => current.includes(x.id))) await notifyRole(tx, ctx, m, 'scope');
    }
    await writeAudit(tx, ctx, { action: 'admin-group.update', targetType: 'admin-group', targetId: id, before: auditShape(before), after: auditShape(after) });
    for (const m of [...current, ...after.members.map((x) => x.id)]) touched.add(m);
    return after;
  });
  // every member before and after: the scope they get from the group changed
  forgetSessions(ctx, touched);
  return group;
}
