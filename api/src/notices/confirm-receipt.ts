import { type AnyColumn, eq, sql } from 'drizzle-orm';
import { noticeRecipients } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { ownReceipt } from './access';

const coalesceNow = (col: AnyColumn, now: Date) => sql`coalesce(${col}, ${now.getTime()})`;

/** N-09 確認: the recipient confirms the notice (once; again changes nothing). Not once it is closed (N-07). */
export async function confirmReceipt(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { notice } = await ownReceipt(tx, ctx.actor, id, now);
    if (notice.closedAt) throw new ApiError('notice_closed');
    const [row] = await tx
      .update(noticeRecipients)
      .set({ confirmedAt: coalesceNow(noticeRecipients.confirmedAt, now), readAt: coalesceNow(noticeRecipients.readAt, now) })
      .where(eq(noticeRecipients.id, id))
      .returning();
    return { id, readAt: row.readAt?.toISOString() ?? null, confirmedAt: row.confirmedAt?.toISOString() ?? null };
  });
}
