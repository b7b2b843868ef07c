import { sql } from 'drizzle-orm';
import { noticeRecipients, notices } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { visibleReceipt } from './receipt-read';

const r = noticeRecipients;

/**
 * N-09 確認: the recipient confirms the notice (once; again changes nothing and writes
 * nothing). Not once it is closed (N-07): the write itself requires the notice still open,
 * so a close that lands between the read and the write is not overtaken.
 */
export async function confirmReceipt(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  const { receipt, notice } = await visibleReceipt(ctx.db, ctx.actor, id, now, ctx.locale);
  if (notice.closedAt) throw new ApiError('notice_closed');
  if (receipt.confirmedAt) return { id, readAt: receipt.readAt?.toISOString() ?? null, confirmedAt: receipt.confirmedAt.toISOString() };
  const at = now.getTime();
  const [row] = await ctx.db.all<{ read_at: number; confirmed_at: number }>(sql`
    update ${r} set confirmed_at = coalesce(confirmed_at, ${at}), read_at = coalesce(read_at, ${at})
    where id = ${id} and exists (select 1 from ${notices} n where n.id = notice_id and n.status = 'sent' and n.closed_at is null)
    returning read_at, confirmed_at`);
  if (!row) {
    // recalled (404) or closed (409) since it was read
    await visibleReceipt(ctx.db, ctx.actor, id, now, ctx.locale);
    throw new ApiError('notice_closed');
  }
  return { id, readAt: new Date(row.read_at).toISOString(), confirmedAt: new Date(row.confirmed_at).toISOString() };
}
