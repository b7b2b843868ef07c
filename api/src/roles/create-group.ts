import { adminGroups } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canManageAdmins } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { newId } from '../lib/ids';
import { auditShape, groupCandidates, joinGroup, loadGroup } from './group-members';
import { forgetSessions } from './role-state';
import type { Scope } from './schemas';
import { checkScopeRefs, dedupeScope, replaceGroupScope } from './scope-refs';

/** ADM-01: a management group (管理組): one scope shared by several scoped admins. */
export async function createGroup(ctx: ServiceContext, input: { name: string; scope: Scope; memberIds: string[] }) {
  if (!canManageAdmins(ctx.actor)) throw forbidden();
  const scope = dedupeScope(input.scope);
  const now = ctx.clock.now();
  const group = await ctx.db.transaction(async (tx) => {
    await checkScopeRefs(tx, scope);
    const list = await groupCandidates(tx, input.memberIds);
    const id = newId(now.getTime());
    await tx.insert(adminGroups).values({ id, name: input.name, createdAt: now });
    await replaceGroupScope(tx, id, scope);
    await joinGroup(tx, ctx, { id, name: input.name }, list);
    const created = await loadGroup(tx, id);
    if (!created) throw notFound();
    await writeAudit(tx, ctx, { action: 'admin-group.create', targetType: 'admin-group', targetId: id, after: auditShape(created) });
    return created;
  });
  forgetSessions(ctx, input.memberIds);
  return group;
}
