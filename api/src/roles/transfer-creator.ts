import { and, eq, ne } from 'drizzle-orm';
import { members } from '../../../db/schema';
import { canTransferCreator } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { getAdmin } from './list-admins';
import { forgetSessions, setRole } from './role-state';

/**
 * ADM-01 轉讓創建人: the creator hands the role to an existing, active admin; the old creator
 * becomes a super admin. Both changes are audited and both members are told.
 */
export async function transferCreator(ctx: ServiceContext, input: { memberId: string }) {
  const actor = ctx.actor;
  if (!actor || !canTransferCreator(actor)) throw forbidden();
  const result = await ctx.db.transaction(async (tx) => {
    const target = await tx
      .select()
      .from(members)
      .where(and(eq(members.id, input.memberId), ne(members.status, 'removed')))
      .get();
    // only an admin other than the creator, still able to sign in
    if (!target || target.kind !== 'staff' || !target.adminRole || target.adminRole === 'creator' || target.status !== 'active') {
      throw new ApiError('not_admin', { field: 'memberId' });
    }
    const creator = await tx.select().from(members).where(eq(members.id, actor.memberId)).get();
    if (!creator) throw forbidden();
    await setRole(tx, ctx, target, { role: 'creator' }, 'creator.transfer', 'creator');
    await setRole(tx, ctx, creator, { role: 'super' }, 'creator.transfer', 'formerCreator');
    return { creator: await getAdmin(tx, target.id), formerCreator: await getAdmin(tx, creator.id) };
  });
  forgetSessions(ctx, [input.memberId, actor.memberId]);
  return result;
}
