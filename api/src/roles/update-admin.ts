import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { members } from '../../../db/schema';
import { canManageAdmins } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { getAdmin } from './list-admins';
import { canChangeAdmin } from './policy';
import { forgetSessions, setRole } from './role-state';
import type { Scope } from './schemas';
import { checkScopeRefs, dedupeScope } from './scope-refs';

/** ADM-01: changes an admin's role (super ⇄ scoped) or own scope; never the creator's. */
export async function updateAdmin(ctx: ServiceContext, memberId: string, input: { role?: 'super' | 'scoped'; scope?: Scope }) {
  if (!canManageAdmins(ctx.actor)) throw forbidden();
  const result = await ctx.db.transaction(async (tx) => {
    const member = await tx
      .select()
      .from(members)
      .where(and(eq(members.id, memberId), isNotNull(members.adminRole), ne(members.status, 'removed')))
      .get();
    if (!member) throw notFound();
    if (!canChangeAdmin(ctx.actor, member)) throw new ApiError('creator_protected');
    const role = input.role ?? (member.adminRole as 'super' | 'scoped');
    if (role !== 'scoped' && input.scope) throw new ApiError('scope_only_scoped', { field: 'scope' });
    const scope = input.scope ? dedupeScope(input.scope) : undefined;
    if (scope) await checkScopeRefs(tx, scope);
    // nothing asked to change: no audit row, no message
    if (role === member.adminRole && !scope) return { admin: await getAdmin(tx, memberId), changed: false };
    await setRole(tx, ctx, member, { role, scope }, 'admin.update', role === member.adminRole ? 'scope' : role);
    return { admin: await getAdmin(tx, memberId), changed: true };
  });
  if (result.changed) forgetSessions(ctx, [memberId]);
  return result.admin;
}
