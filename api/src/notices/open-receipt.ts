import { and, eq, isNull, sql } from 'drizzle-orm';
import { messages, noticeRecipients } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ownReceipt } from './access';
import { answerFileIds } from './answers';
import { filesIn } from './get-notice';
import { memberLocale } from './list-inbox';
import { presentInboxNotice } from './presenter';

/**
 * N-09 a recipient opens a notice: in their language, with attachments and their answers.
 * The first opening marks it read (sent → read in the sender's counts), and so is its
 * message in 消息提醒.
 */
export async function openReceipt(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { receipt, notice } = await ownReceipt(tx, ctx.actor, id, now);
    let current = receipt;
    if (!receipt.readAt) {
      [current] = await tx.update(noticeRecipients).set({ readAt: now }).where(eq(noticeRecipients.id, id)).returning();
      await tx
        .update(messages)
        .set({ readAt: sql`coalesce(${messages.readAt}, ${now.getTime()})` })
        .where(and(eq(messages.memberId, receipt.memberId), eq(messages.refType, 'notice-inbox'), eq(messages.refId, id), isNull(messages.readAt)));
    }
    const locale = await memberLocale(tx, receipt.memberId);
    const answerFiles = await filesIn(
      tx,
      answerFileIds(notice.questions, current.answers ?? {}).map((f) => f.id),
    );
    return presentInboxNotice(current, notice, locale, await filesIn(tx, notice.attachmentIds), answerFiles);
  });
}
