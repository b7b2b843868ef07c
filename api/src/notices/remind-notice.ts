import { and, eq, lte, sql } from 'drizzle-orm';
import { members, noticeRecipients, noticeSends, notices } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { enqueueMessages } from '../messages/enqueue';
import { managedNotice } from './access';
import { messageTexts, recipientMessage } from './dispatch-notice';
import { hasActed } from './policy';
import { deliveryTime } from './quiet-hours';

/**
 * N-08 再次提醒: everyone who has not acted (confirmed when that is required, answered when
 * there is a form, read otherwise) gets the notice again in their message list. Each
 * reminder is numbered and its messages' keys name the number (and the child), so reminder
 * n reaches each recipient once. Nobody left to remind: nothing changes.
 */
export async function remindNotice(ctx: ServiceContext, id: string): Promise<{ number: number; reminded: number }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { notice } = await managedNotice(tx, ctx.actor, id);
    if (notice.status === 'recalled') throw new ApiError('notice_recalled');
    if (notice.status === 'scheduled') throw new ApiError('notice_not_sent');
    if (notice.closedAt) throw new ApiError('notice_closed');
    const receipts = await tx
      .select({ receipt: noticeRecipients, locale: members.preferredLocale })
      .from(noticeRecipients)
      .innerJoin(members, eq(members.id, noticeRecipients.memberId))
      // those still held by quiet hours have not had the first message yet
      .where(and(eq(noticeRecipients.noticeId, id), lte(noticeRecipients.deliverAt, now), eq(members.status, 'active')))
      .all();
    const pending = receipts.filter(({ receipt }) => !hasActed(notice, receipt));
    if (pending.length === 0) return { number: notice.remindCount, reminded: 0 };
    const [{ number }] = await tx
      .update(notices)
      .set({ remindCount: sql`${notices.remindCount} + 1`, updatedAt: now })
      .where(eq(notices.id, id))
      .returning({ number: notices.remindCount });
    const deliverAt = await deliveryTime(tx, now, notice.urgent);
    const texts = messageTexts(notice);
    await enqueueMessages(
      tx,
      ctx,
      pending.map(({ receipt, locale }) =>
        recipientMessage(texts, { ...receipt, locale: locale ?? 'zh-Hant' }, `notice:${id}:remind:${number}:${receipt.studentId}`, true, deliverAt),
      ),
    );
    await tx.insert(noticeSends).values({
      id: newId(now.getTime()),
      noticeId: id,
      kind: 'remind',
      number,
      at: now,
      byMemberId: ctx.actor?.memberId ?? null,
      byName: ctx.actor?.name ?? '系統自動',
      recipients: pending.length,
      deliverAfter: deliverAt.getTime() > now.getTime() ? deliverAt : null,
    });
    await writeAudit(tx, ctx, { action: 'notice.remind', targetType: 'notice', targetId: id, after: { number, recipients: pending.length } });
    return { number, reminded: pending.length };
  });
}
