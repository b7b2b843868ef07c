import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { announcementRecipients, files, messages } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { receivedAnnouncement } from './access';
import { watermarkFor } from './policy';
import { presentInboxItem, shareUrl } from './presenter';
import { statsOf } from './stats';

const r = announcementRecipients;

/**
 * ANN-02 a staff member opens an announcement: every opening counts a read (閱讀次數), the
 * first makes them a reader (閱讀人數) and marks its message read. The body carries the
 * viewer's name as a watermark when it may not be shared.
 */
export async function readAnnouncement(ctx: ServiceContext, id: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { row, actor } = await receivedAnnouncement(tx, ctx.actor, id, now);
    const [receipt] = await tx
      .update(r)
      .set({ readCount: sql`${r.readCount} + 1`, readAt: sql`coalesce(${r.readAt}, ${now.getTime()})` })
      .where(and(eq(r.announcementId, id), eq(r.memberId, actor.memberId)))
      .returning();
    await tx
      .update(messages)
      .set({ readAt: now })
      .where(and(eq(messages.memberId, actor.memberId), eq(messages.dedupeKey, `announcement:${id}`), isNull(messages.readAt)));
    const stats = (await statsOf(tx, [id], now)).get(id);
    const fileIds = [...(row.coverFileId ? [row.coverFileId] : []), ...row.attachmentIds];
    const fileRows = fileIds.length
      ? await tx.select({ id: files.id, name: files.name, size: files.size, contentType: files.contentType }).from(files).where(inArray(files.id, fileIds)).all()
      : [];
    return {
      ...presentInboxItem(row, receipt),
      body: row.body,
      share: row.share,
      shareUrl: shareUrl(ctx.config.publicUrl, ctx.school.code, row.shareToken),
      watermark: watermarkFor(row.share, actor),
      cover: fileRows.find((f) => f.id === row.coverFileId) ?? null,
      attachments: row.attachmentIds.flatMap((fid) => fileRows.filter((f) => f.id === fid)),
      reads: stats?.reads ?? 0,
      likes: stats?.likes ?? 0,
    };
  });
}
