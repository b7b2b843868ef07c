import { and, eq } from 'drizzle-orm';
import { announcementRecipients, announcements } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import { requireReader } from './access';
import { canManageAnnouncements } from './policy';
import { contentFileIds } from '../notices/content-media';
import { fileResponse } from '../notices/notice-files';
import type { AnnouncementRow } from './access';

/** The files an announcement shows: its cover, attachments and the images of its body. */
export function announcementMediaIds(a: Pick<AnnouncementRow, 'coverFileId' | 'attachmentIds' | 'body'>, school: string): Set<string> {
  const ids = contentFileIds(a.body, school);
  for (const id of a.attachmentIds) ids.add(id);
  if (a.coverFileId) ids.add(a.coverFileId);
  return ids;
}

/**
 * Its cover, attachments and body images for its editors and its recipients (GET /files/:id
 * is the owner's); images are shown inline, anything else downloads.
 */
export async function announcementFile(ctx: ServiceContext, id: string, fileId: string): Promise<Response> {
  const actor = requireReader(ctx.actor);
  const row = await ctx.db.select().from(announcements).where(eq(announcements.id, id)).get();
  if (!row || !announcementMediaIds(row, ctx.school.code).has(fileId)) throw notFound();
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
  return fileResponse(ctx, fileId, { inline: true });
}
