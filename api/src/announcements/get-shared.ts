import { and, eq } from 'drizzle-orm';
import { announcements } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import { fileResponse } from '../notices/notice-files';
import { announcementMediaIds } from './announcement-file';

/** A sent announcement shared by link (可對外分享), or 404: recalled, internal, or unknown. */
async function sharedRow(ctx: ServiceContext, token: string) {
  const row = await ctx.db
    .select()
    .from(announcements)
    .where(and(eq(announcements.shareToken, token), eq(announcements.status, 'sent'), eq(announcements.share, 'external')))
    .get();
  if (!row) throw notFound();
  return row;
}

/** The public address of one of a shared announcement's files. */
const sharedFilePath = (school: string, token: string, fileId: string) =>
  `/api/s/${encodeURIComponent(school)}/announcements/shared/${token}/files/${fileId}`;

/**
 * 可對外分享: the public page of a sent announcement shared by link — title, author, body,
 * cover, no statistics. Its images point to the link's own file route, so a reader who is not
 * signed in sees them; a token of a recalled or internal announcement finds nothing (404).
 */
export async function sharedAnnouncement(ctx: ServiceContext, token: string) {
  const row = await sharedRow(ctx, token);
  const school = encodeURIComponent(ctx.school.code);
  // the body's images are bound to the announcement's own (signed-in) route when it is saved
  const own = new RegExp(`/api/s/${school.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/announcements/${row.id}/files/([0-9a-z]{1,40})`, 'g');
  return {
    title: row.title,
    author: row.author,
    summary: row.summary,
    body: row.body.replace(own, (_all, fileId: string) => sharedFilePath(ctx.school.code, token, fileId)),
    coverUrl: row.coverFileId ? sharedFilePath(ctx.school.code, token, row.coverFileId) : null,
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** A file of a shared announcement (its cover or a body image), for anyone with the link. */
export async function sharedFile(ctx: ServiceContext, token: string, fileId: string): Promise<Response> {
  const row = await sharedRow(ctx, token);
  if (!announcementMediaIds(row, ctx.school.code).has(fileId)) throw notFound();
  return fileResponse(ctx, fileId, { inline: true });
}
