import { and, eq, inArray, like, or } from 'drizzle-orm';
import { messages, noticeCc, noticeRecipients, notices } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { hideMessages } from '../messages/hide-messages';
import { managedNotice } from './access';
import { recallRefusal } from './policy';
import { presentListItem } from './presenter';

/**
 * N-06 回收: within 24 hours of sending (a scheduled notice: any time before it goes).
 * Recipients no longer see it — their receipts drop out of every inbox, and the notice's
 * messages (sends, reminders, CC) are withdrawn: kept, but out of the message lists and
 * unread counts, and what was not delivered yet never is. Refused after 24 hours, changing
 * nothing.
 */
export async function recallNotice(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { notice } = await managedNotice(tx, ctx.actor, id);
    const refusal = recallRefusal(notice, now);
    if (refusal) throw new ApiError(refusal);
    const [row] = await tx.update(notices).set({ status: 'recalled', recalledAt: now, updatedAt: now }).where(eq(notices.id, id)).returning();
    // ids are base32, so the key prefix holds no LIKE wildcard; the member filter uses the index
    const withdrawn = await hideMessages(
      tx,
      and(
        or(
          inArray(messages.memberId, tx.select({ id: noticeRecipients.memberId }).from(noticeRecipients).where(eq(noticeRecipients.noticeId, id))),
          inArray(messages.memberId, tx.select({ id: noticeCc.memberId }).from(noticeCc).where(eq(noticeCc.noticeId, id))),
        ),
        like(messages.dedupeKey, `notice:${id}:%`),
      ),
      now,
    );
    await writeAudit(tx, ctx, {
      action: 'notice.recall',
      targetType: 'notice',
      targetId: id,
      before: { status: notice.status, sentAt: notice.sentAt?.toISOString() ?? null },
      after: { status: 'recalled', messagesWithdrawn: withdrawn },
    });
    return presentListItem(row);
  });
}
