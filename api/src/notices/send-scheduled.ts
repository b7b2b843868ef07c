import { and, asc, eq, lte } from 'drizzle-orm';
import { notices } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ccIdsOf } from './access';
import { dispatchNotice } from './dispatch-notice';

/**
 * Sends one scheduled notice if it is due and still scheduled. The claim (scheduled → sent)
 * and the writes are one transaction, so of two runs that overlap exactly one sends it; a
 * run that crashed half-way left nothing and the next one sends it whole. Recipients are
 * resolved now, from the classes and students as they are at sending time.
 */
export async function sendScheduledNotice(ctx: ServiceContext, id: string): Promise<number | null> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(notices)
      .set({ status: 'sent', sentAt: now, updatedAt: now })
      .where(and(eq(notices.id, id), eq(notices.status, 'scheduled'), lte(notices.scheduledAt, now)))
      .returning();
    if (!row) return null;
    const sent = await dispatchNotice(tx, ctx, row, { ccIds: await ccIdsOf(tx, id), at: now });
    await writeAudit(tx, ctx, {
      action: 'notice.send',
      targetType: 'notice',
      targetId: id,
      before: { status: 'scheduled', scheduledAt: row.scheduledAt?.toISOString() ?? null },
      after: { status: 'sent', recipients: sent.recipients },
    });
    return sent.recipients;
  });
}

/** The due scheduled notices of a school, oldest first, sent one transaction each. */
export async function sendDueNotices(ctx: ServiceContext, limit = 50): Promise<{ notices: number; recipients: number }> {
  const due = await ctx.db
    .select({ id: notices.id })
    .from(notices)
    .where(and(eq(notices.status, 'scheduled'), lte(notices.scheduledAt, ctx.clock.now())))
    .orderBy(asc(notices.scheduledAt))
    .limit(limit)
    .all();
  const out = { notices: 0, recipients: 0 };
  for (const { id } of due) {
    const n = await sendScheduledNotice(ctx, id);
    if (n === null) continue;
    out.notices++;
    out.recipients += n;
  }
  return out;
}
