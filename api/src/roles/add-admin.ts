import { canManageAdmins } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { getAdmin } from './list-admins';
import { forgetSessions, setRole } from './role-state';
import type { Scope } from './schemas';
import { checkScopeRefs, dedupeScope } from './scope-refs';
import { staffMembers } from './staff-members';

/**
 * ADM-01: makes a staff member a super admin or a scoped admin. Only the creator and super
 * admins grant roles; a scoped admin grants nothing.
 */
export async function addAdmin(ctx: ServiceContext, input: { memberId: string; role: 'super' | 'scoped'; scope?: Scope }) {
  if (!canManageAdmins(ctx.actor)) throw forbidden();
  if (input.role !== 'scoped' && input.scope) throw new ApiError('scope_only_scoped', { field: 'scope' });
  const scope = dedupeScope(input.scope ?? { departmentIds: [], classIds: [], apps: [] });
  const result = await ctx.db.transaction(async (tx) => {
    const [member] = await staffMembers(tx, [input.memberId], 'memberId');
    if (member.adminRole) throw new ApiError('admin_exists', { field: 'memberId' });
    await checkScopeRefs(tx, scope);
    await setRole(tx, ctx, member, { role: input.role, scope }, 'admin.add', input.role);
    return getAdmin(tx, member.id);
  });
  forgetSessions(ctx, [input.memberId]);
  return result;
}
