import { eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { announcementRecipients, announcements } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { newToken } from '../lib/ids';
import { enqueueMessages } from '../messages/enqueue';
import type { AnnouncementRow } from './access';

const CHUNK = 1000;

/**
 * Sends an announcement inside the caller's transaction: marks it sent, one recipient row and
 * one outbox message per member (key `announcement:<id>`, so a repeated send is stored once),
 * and a share link when it may be shared outside. Staff are not held by quiet hours.
 */
export async function dispatchAnnouncement(tx: SchoolDbOrTx, ctx: ServiceContext, a: AnnouncementRow, memberIds: string[], at: Date): Promise<AnnouncementRow> {
  const [row] = await tx
    .update(announcements)
    .set({
      status: 'sent',
      sentAt: at,
      recipientCount: memberIds.length,
      shareToken: a.share === 'external' ? (a.shareToken ?? newToken()) : null,
      updatedAt: at,
    })
    .where(eq(announcements.id, a.id))
    .returning();
  const rows = memberIds.map((memberId) => ({ announcementId: a.id, memberId, deliverAt: at }));
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(announcementRecipients).values(rows.slice(i, i + CHUNK)).onConflictDoNothing();
  await enqueueMessages(
    tx,
    ctx,
    memberIds.map((memberId) => ({
      memberId,
      dedupeKey: `announcement:${a.id}`,
      source: 'announcements',
      title: a.title,
      body: a.summary,
      refType: 'announcement',
      refId: a.id,
      deliverAfter: at,
    })),
  );
  return row;
}
