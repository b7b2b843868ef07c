import { and, eq, lte } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { announcementRecipients, announcements } from '../../../db/schema';
import type { Actor } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { canManageAnnouncements, canReadAnnouncements } from './policy';

export type AnnouncementRow = typeof announcements.$inferSelect;
export type ReceiptRow = typeof announcementRecipients.$inferSelect;

/** 403 unless an admin of the announcements app. */
export function requireEditor(actor: Actor | null): Actor {
  if (!actor || !canManageAnnouncements(actor)) throw forbidden();
  return actor;
}

/** 403 unless staff. */
export function requireReader(actor: Actor | null): Actor {
  if (!actor || !canReadAnnouncements(actor)) throw forbidden();
  return actor;
}

/** An announcement of this school for its editors; another school's id is a 404. */
export async function editableAnnouncement(db: SchoolDbOrTx, actor: Actor | null, id: string): Promise<{ row: AnnouncementRow; actor: Actor }> {
  const a = requireEditor(actor);
  const row = await db.select().from(announcements).where(eq(announcements.id, id)).get();
  if (!row) throw notFound();
  return { row, actor: a };
}

/** A sent announcement the caller received and may read now; anything else is a 404. */
export async function receivedAnnouncement(db: SchoolDbOrTx, actor: Actor | null, id: string, now: Date) {
  const a = requireReader(actor);
  const found = await db
    .select({ row: announcements, receipt: announcementRecipients })
    .from(announcementRecipients)
    .innerJoin(announcements, eq(announcements.id, announcementRecipients.announcementId))
    .where(
      and(
        eq(announcementRecipients.announcementId, id),
        eq(announcementRecipients.memberId, a.memberId),
        eq(announcements.status, 'sent'),
        lte(announcementRecipients.deliverAt, now),
      ),
    )
    .get();
  if (!found) throw notFound();
  return { ...found, actor: a };
}
