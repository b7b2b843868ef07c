import { sql } from 'drizzle-orm';
import { messages, noticeRecipients } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { answerFileIds } from './answers';
import { filesIn } from './get-notice';
import { presentInboxNotice } from './presenter';
import { visibleReceipt } from './receipt-read';

/**
 * N-09 a recipient opens a notice: in their language, with attachments and their answers.
 * The first opening marks it read (sent → read in the sender's counts), and so is its
 * message in 消息提醒; opening it again only reads (one prepared statement: a whole school
 * opening a notice at once is the heaviest load of the app).
 */
export async function openReceipt(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  const { receipt, notice, locale } = await visibleReceipt(ctx.db, ctx.actor, id, now, ctx.locale);
  let readAt = receipt.readAt;
  if (!readAt) {
    readAt = now;
    const at = now.getTime();
    // plain statements: a first opening is the most frequent write of a notice's storm
    await ctx.db.transaction(async (tx) => {
      await tx.run(sql`update ${noticeRecipients} set read_at = coalesce(read_at, ${at}) where id = ${id}`);
      await tx.run(
        sql`update ${messages} set read_at = ${at} where member_id = ${receipt.memberId} and ref_type = 'notice-inbox' and ref_id = ${id} and read_at is null`,
      );
    });
  }
  const answerFiles = await filesIn(
    ctx.db,
    answerFileIds(notice.questions, receipt.answers ?? {}).map((f) => f.id),
  );
  return presentInboxNotice({ ...receipt, readAt }, notice, locale, await filesIn(ctx.db, notice.attachmentIds), answerFiles);
}
