import { and, asc, eq, lte } from 'drizzle-orm';
import { announcements } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { dispatchAnnouncement } from './dispatch-announcement';
import { resolveRange } from './range';

/**
 * Sends one scheduled announcement if it is due and still scheduled: the claim and the writes
 * are one transaction, so of two overlapping runs exactly one sends it. The range is
 * resolved at sending time (members who joined since are included).
 */
export async function sendScheduledAnnouncement(ctx: ServiceContext, id: string): Promise<number | null> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // the claim is one conditional update: whichever run makes it sends, the other finds nothing
    const [row] = await tx
      .update(announcements)
      .set({ status: 'sent', sentAt: now, updatedAt: now })
      .where(and(eq(announcements.id, id), eq(announcements.status, 'scheduled'), lte(announcements.scheduledAt, now)))
      .returning();
    if (!row) return null;
    const recipients = await resolveRange(tx, row.range);
    await dispatchAnnouncement(tx, ctx, row, recipients, now);
    await writeAudit(tx, ctx, {
      action: 'announcement.send',
      targetType: 'announcement',
      targetId: id,
      before: { status: 'scheduled', scheduledAt: row.scheduledAt?.toISOString() ?? null },
      after: { status: 'sent', recipients: recipients.length },
    });
    return recipients.length;
  });
}

/** The due scheduled announcements of a school, oldest first. */
export async function sendDueAnnouncements(ctx: ServiceContext, limit = 50): Promise<{ announcements: number; recipients: number }> {
  const due = await ctx.db
    .select({ id: announcements.id })
    .from(announcements)
    .where(and(eq(announcements.status, 'scheduled'), lte(announcements.scheduledAt, ctx.clock.now())))
    .orderBy(asc(announcements.scheduledAt))
    .limit(limit)
    .all();
  const out = { announcements: 0, recipients: 0 };
  for (const { id } of due) {
    const n = await sendScheduledAnnouncement(ctx, id);
    if (n === null) continue;
    out.announcements++;
    out.recipients += n;
  }
  return out;
}
