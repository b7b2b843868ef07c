import { and, inArray, like, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { members, messages } from '../../../db/schema';
import { MINUTE } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import type { Limit } from '../lib/rate-limit';
import { enqueueMessages } from '../messages/enqueue';
import { formatPhone } from './phone';

type Member = typeof members.$inferSelect;

/** 再次邀請: at most one invitation per member every ten minutes. */
export const INVITE_EVERY: Limit = { max: 1, windowMs: 10 * MINUTE };
const KEY_PREFIX = 'contacts:invite:';

/** The rate-limit key of a member's invitations. */
export const inviteLimitKey = (memberId: string): string => `invite:${memberId}`;

/** Seconds until a member may be invited again, or 0. */
export function inviteWait(member: Pick<Member, 'invitedAt'>, now: Date): number {
  if (!member.invitedAt) return 0;
  const left = member.invitedAt.getTime() + INVITE_EVERY.windowMs - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** The link an invitation opens: the school's mobile app, where a member signs in by phone. */
export const invitationLink = (ctx: ServiceContext): string => `${ctx.config.publicUrl}/admin/${ctx.school.code}/`;

function invitationText(ctx: ServiceContext, m: Member): string {
  return `【${ctx.school.name['zh-Hant']}】${m.name}您好，學校邀請您加入智慧校園，請用手機號碼 ${formatPhone(m.areaCode, m.phone)} 登入：${invitationLink(ctx)}`;
}

/**
 * Records invitations in the caller's transaction: `invitedAt` and one outbox message each
 * (the in-app list, and WeCom once the member is bound). The message key carries the
 * invitation's number (`contacts:invite:3`), so inviting again is a new message while a
 * retried transaction stores it once.
 */
export async function recordInvitations(tx: SchoolDbOrTx, ctx: ServiceContext, list: Member[]): Promise<void> {
  if (list.length === 0) return;
  const now = ctx.clock.now();
  const ids = list.map((m) => m.id);
  const numbers = new Map<string, number>();
  // the highest number used so far, per member (a purged older message leaves no gap to collide with)
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await tx
      .select({ memberId: messages.memberId, n: sql<number>`max(cast(substr(${messages.dedupeKey}, ${KEY_PREFIX.length + 1}) as integer))` })
      .from(messages)
      .where(and(inArray(messages.memberId, ids.slice(i, i + 500)), like(messages.dedupeKey, `${KEY_PREFIX}%`)))
      .groupBy(messages.memberId)
      .all();
    for (const r of rows) numbers.set(r.memberId, Number(r.n ?? 0));
  }
  for (let i = 0; i < ids.length; i += 500) {
    await tx.update(members).set({ invitedAt: now }).where(inArray(members.id, ids.slice(i, i + 500)));
  }
  await enqueueMessages(
    tx,
    ctx,
    list.map((m) => ({
      memberId: m.id,
      dedupeKey: `${KEY_PREFIX}${(numbers.get(m.id) ?? 0) + 1}`,
      source: 'contacts',
      title: '邀請加入智慧校園',
      body: `${ctx.school.name['zh-Hant']}邀請您加入智慧校園企業通訊錄。`,
    })),
  );
}

/**
 * Sends the invitation SMS, after the transaction that recorded them committed (a text
 * cannot be rolled back). A failed text is counted, not thrown: the invitation stands in the
 * outbox and can be sent again.
 */
export async function sendInvitationTexts(ctx: ServiceContext, list: Member[]): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const m of list) {
    if (!m.phone) continue;
    try {
      await ctx.platform.sms.send({ schoolCode: ctx.school.code, areaCode: m.areaCode, phone: m.phone, text: invitationText(ctx, m) });
      sent++;
    } catch (e) {
      console.error(`invitation SMS to member ${m.id} failed`, e);
      failed++;
    }
  }
  return { sent, failed };
}
