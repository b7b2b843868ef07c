import { and, eq, sql } from 'drizzle-orm';
import { files, noticeRecipients, notices } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import { ccIdsOf, type NoticeRow, ownReceipt, readableNotice, receivesNotice } from './access';
import { answerFileIds } from './answers';
import { contentFileIds } from './content-media';
import { canReadNotice, canUseNotices } from './policy';

/**
 * Downloads of a notice's files, which widen GET /files/:id (owner and super admins only):
 * its attachments for its readers and recipients, and answer uploads for the sender's side
 * and for the recipient who uploaded them.
 */

/**
 * A stored file as a download (attachment, nosniff); `inline` lets an image show inside a
 * page (an `<img>` of rich content). Nothing else is ever rendered: uploads are never served
 * as HTML or SVG (their type is sniffed when stored).
 */
export async function fileResponse(ctx: ServiceContext, fileId: string, options: { inline?: boolean } = {}): Promise<Response> {
  const row = await ctx.db.select().from(files).where(eq(files.id, fileId)).get();
  const stored = row ? await ctx.platform.files.get(row.storageKey) : null;
  if (!row || !stored) throw notFound();
  return new Response(stored.body, {
    headers: {
      'content-type': row.contentType,
      'content-length': String(stored.size),
      'content-disposition': `${options.inline && row.contentType.startsWith('image/') ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.name)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=0',
    },
  });
}

/** N-03 a file of a notice for its sender, CC'd staff and admins: an attachment or an answer upload. */
export async function noticeFile(ctx: ServiceContext, id: string, fileId: string): Promise<Response> {
  const { notice } = await readableNotice(ctx.db, ctx.actor, id);
  if (!notice.attachmentIds.includes(fileId)) {
    // ids are base32, so the quoted id matches only itself inside the answers' JSON
    if (!/^[0-9a-z]+$/.test(fileId)) throw notFound();
    const answered = await ctx.db
      .select({ id: noticeRecipients.id })
      .from(noticeRecipients)
      .where(and(eq(noticeRecipients.noticeId, id), sql`${noticeRecipients.answers} like ${`%"${fileId}"%`}`))
      .get();
    if (!answered) throw notFound();
  }
  return fileResponse(ctx, fileId);
}

/** N-09 a file of a recipient's notice: its attachments and the recipient's own answer uploads. */
export async function receiptFile(ctx: ServiceContext, id: string, fileId: string): Promise<Response> {
  const { receipt, notice } = await ownReceipt(ctx.db, ctx.actor, id, ctx.clock.now());
  const own = answerFileIds(notice.questions, receipt.answers ?? {}).some((f) => f.id === fileId);
  if (!notice.attachmentIds.includes(fileId) && !own) throw notFound();
  return fileResponse(ctx, fileId);
}

/** The files a notice shows to everyone who may read it: attachments, and images of its content in every language. */
export function noticeMediaIds(n: Pick<NoticeRow, 'attachmentIds' | 'content' | 'translations'>, school: string): Set<string> {
  const ids = new Set(n.attachmentIds);
  for (const html of [n.content, n.translations.en?.content ?? '', n.translations.pt?.content ?? '']) {
    for (const id of contentFileIds(html, school)) ids.add(id);
  }
  return ids;
}

/**
 * A file a notice shows (`/notices/:id/media/:fileId`, the address its content's images are
 * bound to): for its sender, CC'd staff and the app's admins, and for the parents and
 * students holding a visible receipt. Anyone else — another family, another school, a file
 * the notice does not show, a recalled notice for its recipients — finds nothing (404).
 */
export async function noticeMedia(ctx: ServiceContext, id: string, fileId: string): Promise<Response> {
  const actor = ctx.actor;
  if (!actor) throw notFound();
  const notice = await ctx.db.select().from(notices).where(eq(notices.id, id)).get();
  if (!notice || !noticeMediaIds(notice, ctx.school.code).has(fileId)) throw notFound();
  const allowed = canUseNotices(actor)
    ? canReadNotice(actor, { senderId: notice.senderId, ccIds: await ccIdsOf(ctx.db, id) })
    : await receivesNotice(ctx.db, actor, id, ctx.clock.now());
  if (!allowed) throw notFound();
  return fileResponse(ctx, fileId, { inline: true });
}
