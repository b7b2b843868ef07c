import { and, eq, sql } from 'drizzle-orm';
import { files, noticeRecipients } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import { ownReceipt, readableNotice } from './access';
import { answerFileIds } from './answers';

/**
 * Downloads of a notice's files, which widen GET /files/:id (owner and super admins only):
 * its attachments for its readers and recipients, and answer uploads for the sender's side
 * and for the recipient who uploaded them.
 */

/** A stored file as a download (never rendered: attachment, nosniff). */
export async function fileResponse(ctx: ServiceContext, fileId: string): Promise<Response> {
  const row = await ctx.db.select().from(files).where(eq(files.id, fileId)).get();
  const stored = row ? await ctx.platform.files.get(row.storageKey) : null;
  if (!row || !stored) throw notFound();
  return new Response(stored.body, {
    headers: {
      'content-type': row.contentType,
      'content-length': String(stored.size),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`,
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
