import { and, eq, inArray, sql } from 'drizzle-orm';
import { members, messages } from '../../../db/schema';
import { HOUR, MINUTE } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import type { Channel, OutgoingMessage, SchoolChannelConfig } from '../platform/types';
import { getSetting } from '../settings/settings';

/** A claimed row is someone's for this long; a sender that crashed loses it after. */
export const LEASE_MS = 2 * MINUTE;
export const MAX_ATTEMPTS = 8;

export interface DeliveryReport {
  claimed: number;
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

/** Waits before attempt n+1: 1, 2, 4 … minutes, at most an hour. */
export function backoff(attempts: number): number {
  return Math.min(HOUR, MINUTE * 2 ** Math.max(0, attempts - 1));
}

/**
 * One pass of the outbox for a school: claims due rows (atomically, so two passes never take
 * the same row), sends each through its channel, records the result. A row whose sender died
 * before recording is claimed again when its lease runs out: nothing is lost, and the
 * channel's duplicate check (keyed per message) keeps the recipient from seeing it twice.
 */
export async function deliverDue(
  ctx: ServiceContext,
  options: { limit?: number; afterSend?: (id: string) => void } = {},
): Promise<DeliveryReport> {
  const now = ctx.clock.now().getTime();
  const report: DeliveryReport = { claimed: 0, sent: 0, skipped: 0, retried: 0, failed: 0 };
  const claimed = await ctx.db.all<{ id: string }>(sql`
    update ${messages} set status = 'sending', lease_until = ${now + LEASE_MS}, attempts = attempts + 1
    where id in (
      select id from ${messages}
      where ((status = 'pending' and next_attempt_at <= ${now} and deliver_after <= ${now})
         or (status = 'sending' and lease_until < ${now}))
        and hidden_at is null
      order by next_attempt_at limit ${options.limit ?? 200})
    returning id`);
  report.claimed = claimed.length;
  if (claimed.length === 0) return report;

  const rows = await ctx.db
    .select({ message: messages, member: members })
    .from(messages)
    .innerJoin(members, eq(members.id, messages.memberId))
    .where(
      inArray(
        messages.id,
        claimed.map((r) => r.id),
      ),
    )
    .all();
  const channels = await getSetting(ctx.db, 'channels');
  const config: SchoolChannelConfig | null = channels && ctx.school.wecomCorpId ? { corpId: ctx.school.wecomCorpId, ...channels } : null;

  for (const { message, member } of rows) {
    const channel = pickChannel(ctx, member, config, channels?.wechatEnabled ?? false);
    if (!channel || !config || member.status !== 'active') {
      // in-app only: the message list already shows it
      await finish(ctx, message.id, { status: 'skipped', channel: 'none' });
      report.skipped++;
      continue;
    }
    const outgoing: OutgoingMessage = {
      key: `${ctx.school.code}:${message.id}`,
      to: { memberId: member.id, kind: member.kind, name: member.name, wecomUserId: member.wecomUserId, schoolUserId: member.schoolUserId },
      title: message.title,
      body: message.body,
      url: message.refType ? `${ctx.config.publicUrl}/admin/${ctx.school.code}/m/open/${message.refType}/${message.refId}` : null,
    };
    let result: Awaited<ReturnType<Channel['send']>>;
    try {
      result = await channel.send(outgoing, config);
    } catch (e) {
      result = { ok: false, retry: true, error: e instanceof Error ? e.message : String(e) };
    }
    options.afterSend?.(message.id);
    if (result.ok) {
      await finish(ctx, message.id, { status: 'sent', channel: channel.name, sentAt: new Date(ctx.clock.now()) });
      report.sent++;
    } else if (result.retry && message.attempts < MAX_ATTEMPTS) {
      await finish(ctx, message.id, {
        status: 'pending',
        channel: channel.name,
        lastError: result.error,
        nextAttemptAt: new Date(ctx.clock.now().getTime() + backoff(message.attempts)),
      });
      report.retried++;
    } else {
      await finish(ctx, message.id, { status: 'failed', channel: channel.name, lastError: result.error });
      report.failed++;
    }
  }
  return report;
}

function pickChannel(
  ctx: ServiceContext,
  member: typeof members.$inferSelect,
  config: SchoolChannelConfig | null,
  wechatEnabled: boolean,
): Channel | null {
  if (!config) return null;
  if (member.kind === 'staff') return member.wecomUserId ? ctx.platform.channels.wecom : null;
  return wechatEnabled && member.schoolUserId ? ctx.platform.channels.wechat : null;
}

async function finish(ctx: ServiceContext, id: string, set: Partial<typeof messages.$inferInsert>): Promise<void> {
  // only the holder of the claim records a result
  await ctx.db
    .update(messages)
    .set({ ...set, leaseUntil: null })
    .where(and(eq(messages.id, id), eq(messages.status, 'sending')));
}
