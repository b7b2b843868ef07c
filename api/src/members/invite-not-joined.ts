import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { members, rateLimits } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canListMembers } from '../auth/policy';
import { readDepartmentTree } from '../departments/tree';
import { MINUTE } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { hit } from '../lib/rate-limit';
import { INVITE_EVERY, recordInvitations, sendInvitationTexts } from './invitation';
import { memberScope } from './member-query';

/**
 * CT-01 invites again, in one transaction, every staff member in the caller's scope who has
 * not joined (未加入) and was not invited in the last ten minutes. Returns how many were.
 */
export async function inviteNotJoined(ctx: ServiceContext): Promise<{ count: number; smsSent: number; smsFailed: number }> {
  const actor = ctx.actor;
  if (!actor || !canListMembers(actor)) throw forbidden();
  const now = ctx.clock.now();
  const invited = await ctx.db.transaction(async (tx) => {
    // a double click does not text everyone twice
    await hit(tx, rateLimits, `invite-all:${actor.memberId}`, { max: 1, windowMs: MINUTE }, now.getTime());
    const tree = await readDepartmentTree(tx);
    const list = await tx
      .select()
      .from(members)
      .where(
        and(
          memberScope(tx, actor, tree),
          eq(members.kind, 'staff'),
          eq(members.status, 'active'),
          isNull(members.joinedAt),
          or(isNull(members.invitedAt), lte(members.invitedAt, new Date(now.getTime() - INVITE_EVERY.windowMs))),
        ),
      )
      .all();
    await recordInvitations(tx, ctx, list);
    await writeAudit(tx, ctx, {
      action: 'member.invite-all',
      targetType: 'member',
      after: { filter: 'not-joined', count: list.length, memberIds: list.slice(0, 200).map((m) => m.id) },
    });
    return list;
  });
  const texts = await sendInvitationTexts(ctx, invited);
  return { count: invited.length, smsSent: texts.sent, smsFailed: texts.failed };
}
