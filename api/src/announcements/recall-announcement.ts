import { and, eq, inArray } from 'drizzle-orm';
import { announcementRecipients, announcements, messages } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { hideMessages } from '../messages/hide-messages';
import { editableAnnouncement } from './access';
import { recallRefusal } from './policy';
import { presentListItem } from './presenter';

/**
 * ANN-02 撤回 within 24 hours of sending: readers no longer see it and its messages are
 * withdrawn (kept, but out of their lists and counts, and never delivered if not yet).
 * Refused after, changing nothing.
 */
export async function recallAnnouncement(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { row } = await editableAnnouncement(tx, ctx.actor, id);
    const refusal = recallRefusal(row, now);
    if (refusal) throw new ApiError(refusal);
    const [recalled] = await tx
      .update(announcements)
      .set({ status: 'recalled', recalledAt: now, shareToken: null, updatedAt: now })
      .where(eq(announcements.id, id))
      .returning();
    const withdrawn = await hideMessages(
      tx,
      and(
        inArray(
          messages.memberId,
          tx.select({ id: announcementRecipients.memberId }).from(announcementRecipients).where(eq(announcementRecipients.announcementId, id)),
        ),
        eq(messages.dedupeKey, `announcement:${id}`),
      ),
      now,
    );
    await writeAudit(tx, ctx, {
      action: 'announcement.recall',
      targetType: 'announcement',
      targetId: id,
      before: { status: row.status, sentAt: row.sentAt?.toISOString() ?? null },
      after: { status: 'recalled', messagesWithdrawn: withdrawn },
    });
    return presentListItem(recalled);
  });
}
