import { eq } from 'drizzle-orm';
import { notices } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { managedNotice } from './access';
import { presentListItem } from './presenter';

/**
 * N-07 關閉通知: recipients can no longer confirm or answer (they still read it), and the
 * lists show it closed. Closing a closed notice changes nothing.
 */
export async function closeNotice(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { notice } = await managedNotice(tx, ctx.actor, id);
    if (notice.status === 'recalled') throw new ApiError('notice_recalled');
    if (notice.status === 'scheduled') throw new ApiError('notice_not_sent');
    if (notice.closedAt) return presentListItem(notice);
    const [row] = await tx.update(notices).set({ closedAt: now, updatedAt: now }).where(eq(notices.id, id)).returning();
    await writeAudit(tx, ctx, { action: 'notice.close', targetType: 'notice', targetId: id, before: { closedAt: null }, after: { closedAt: now.toISOString() } });
    return presentListItem(row);
  });
}
