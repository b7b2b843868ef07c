import { rateLimits } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canListMembers } from '../auth/policy';
import { readDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { hit } from '../lib/rate-limit';
import { INVITE_EVERY, inviteLimitKey, inviteWait, recordInvitations, sendInvitationTexts } from './invitation';
import { loadManagedMember } from './member-query';

/**
 * CT-01 再次邀請: invites a staff member who has not joined again, by SMS and through the
 * outbox, at most once every ten minutes (429 before). Audited.
 */
export async function inviteMember(ctx: ServiceContext, id: string): Promise<{ invitedAt: string; smsSent: boolean }> {
  if (!canListMembers(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const member = await ctx.db.transaction(async (tx) => {
    const tree = await readDepartmentTree(tx);
    const { row } = await loadManagedMember(tx, ctx.actor, tree, id);
    if (row.kind !== 'staff') throw notFound();
    if (row.status !== 'active') throw new ApiError('account_disabled');
    if (row.joinedAt) throw new ApiError('already_joined');
    // invitedAt gives the exact ten minutes (a bulk invitation counts too); the shared limiter
    // also holds when two requests race
    const wait = inviteWait(row, now);
    if (wait > 0) throw new ApiError('rate_limited', { params: { seconds: wait } });
    await hit(tx, rateLimits, inviteLimitKey(id), INVITE_EVERY, now.getTime());
    await recordInvitations(tx, ctx, [row]);
    await writeAudit(tx, ctx, { action: 'member.invite', targetType: 'member', targetId: id, before: { invitedAt: row.invitedAt?.toISOString() ?? null }, after: { invitedAt: now.toISOString() } });
    return row;
  });
  const texts = await sendInvitationTexts(ctx, [member]);
  return { invitedAt: now.toISOString(), smsSent: texts.sent === 1 };
}
