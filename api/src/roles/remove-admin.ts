import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { members } from '../../../db/schema';
import { canManageAdmins } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { canChangeAdmin } from './policy';
import { forgetSessions, setRole } from './role-state';

/** ADM-01: an admin goes back to a normal user (普通用戶); the creator never does. */
export async function removeAdmin(ctx: ServiceContext, memberId: string): Promise<void> {
  if (!canManageAdmins(ctx.actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const member = await tx
      .select()
      .from(members)
      .where(and(eq(members.id, memberId), isNotNull(members.adminRole), ne(members.status, 'removed')))
      .get();
    if (!member) throw notFound();
    if (!canChangeAdmin(ctx.actor, member)) throw new ApiError('creator_protected');
    await setRole(tx, ctx, member, { role: null }, 'admin.remove', 'none');
  });
  forgetSessions(ctx, [memberId]);
}
