import { eq } from 'drizzle-orm';
import { announcements } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { editableAnnouncement } from './access';
import { isEditable } from './policy';

/** Deletes a draft or a scheduled announcement; a sent one is recalled instead (409). */
export async function deleteAnnouncement(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { row } = await editableAnnouncement(tx, ctx.actor, id);
    if (!isEditable(row.status)) throw new ApiError('announcement_not_editable');
    await tx.delete(announcements).where(eq(announcements.id, id));
    await writeAudit(tx, ctx, { action: 'announcement.delete', targetType: 'announcement', targetId: id, before: { status: row.status, title: row.title } });
  });
}
