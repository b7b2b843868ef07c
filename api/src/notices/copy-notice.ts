import { and, eq, inArray } from 'drizzle-orm';
import { files } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { readableNotice } from './access';
import { presentDraft } from './presenter';
import type { NoticeInput } from './schemas';

/**
 * N-05 複製: a new draft in the compose shape with the title, content (every language) and
 * questions of the notice, never its recipients. Attachments come along only when the
 * copier uploaded them (a notice may only carry the sender's own files).
 */
export async function copyNotice(ctx: ServiceContext, id: string): Promise<NoticeInput> {
  return ctx.db.transaction(async (tx) => {
    const { notice } = await readableNotice(tx, ctx.actor, id);
    const memberId = ctx.actor?.memberId ?? '';
    const owned = notice.attachmentIds.length
      ? await tx
          .select({ id: files.id })
          .from(files)
          .where(and(inArray(files.id, notice.attachmentIds), eq(files.ownerId, memberId)))
          .all()
      : [];
    const keep = notice.attachmentIds.filter((f) => owned.some((o) => o.id === f));
    await writeAudit(tx, ctx, { action: 'notice.copy', targetType: 'notice', targetId: id });
    return presentDraft(notice, keep);
  });
}
