import { and, eq } from 'drizzle-orm';
import { announcementRecipients, announcements } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import { requireReader } from './access';
import { canManageAnnouncements } from './policy';
import { fileResponse } from '../notices/notice-files';

/** Its cover and attachments for its editors and its recipients (GET /files/:id is the owner's). */
export async function announcementFile(ctx: ServiceContext, id: string, fileId: string): Promise<Response> {
  const actor = requireReader(ctx.actor);
  const row = await ctx.db.select().from(announcements).where(eq(announcements.id, id)).get();
  if (!row || (row.coverFileId !== fileId && !row.attachmentIds.includes(fileId))) throw notFound();
  if (!canManageAnnouncements(actor)) {
    // a recipient, while it is out (not recalled)
    if (row.status !== 'sent') throw notFound();
    const received = await ctx.db
      .select({ id: announcementRecipients.memberId })
      .from(announcementRecipients)
      .where(and(eq(announcementRecipients.announcementId, id), eq(announcementRecipients.memberId, actor.memberId)))
      .get();
    if (!received) throw notFound();
  }
  return fileResponse(ctx, fileId);
}
