import { type AnyColumn, and, eq, inArray, sql } from 'drizzle-orm';
import { files, type NoticeAnswer, noticeRecipients } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { ownReceipt } from './access';
import { answerFileIds, checkAnswers } from './answers';
import { memberLocale } from './list-inbox';

const coalesceNow = (col: AnyColumn, now: Date) => sql`coalesce(${col}, ${now.getTime()})`;

/**
 * N-09 fills in (or changes) the form: checked against the questions, file answers only
 * files the recipient uploaded (404 naming the field otherwise). Editable until the notice
 * is closed (N-07); the language shown is kept beside the answers.
 */
export async function answerReceipt(ctx: ServiceContext, id: string, input: { answers: Record<string, NoticeAnswer> }) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { receipt, notice } = await ownReceipt(tx, ctx.actor, id, now);
    if (notice.closedAt) throw new ApiError('notice_closed');
    if (notice.questions.length === 0) throw new ApiError('notice_answer_invalid', { field: 'answers', params: { field: 'answers' } });
    const answers = checkAnswers(notice.questions, input.answers);
    const fileRefs = answerFileIds(notice.questions, answers);
    if (fileRefs.length > 0) {
      const owned = await tx
        .select({ id: files.id })
        .from(files)
        .where(
          and(
            inArray(
              files.id,
              fileRefs.map((f) => f.id),
            ),
            eq(files.ownerId, receipt.memberId),
          ),
        )
        .all();
      const missing = fileRefs.find((f) => !owned.some((o) => o.id === f.id));
      if (missing) throw new ApiError('not_found', { field: missing.field });
    }
    const [row] = await tx
      .update(noticeRecipients)
      .set({
        answers,
        answerLocale: await memberLocale(tx, receipt.memberId, ctx.locale),
        answeredAt: coalesceNow(noticeRecipients.answeredAt, now),
        answersUpdatedAt: now,
        readAt: coalesceNow(noticeRecipients.readAt, now),
      })
      .where(eq(noticeRecipients.id, id))
      .returning();
    return { id, answers: row.answers ?? {}, answeredAt: row.answeredAt?.toISOString() ?? null, answersUpdatedAt: row.answersUpdatedAt?.toISOString() ?? null };
  });
}
