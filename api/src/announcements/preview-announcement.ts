import { eq, sql } from 'drizzle-orm';
import { announcements } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { enqueueMessages } from '../messages/enqueue';
import { editableAnnouncement } from './access';

/**
 * ANN-01 預覽: the announcement goes to its editor alone (企業微信會為管理員單獨推送一條公告),
 * a new message each time, whatever its state; nobody else is told.
 */
export async function previewAnnouncement(ctx: ServiceContext, id: string): Promise<{ number: number }> {
  return ctx.db.transaction(async (tx) => {
    const { row, actor } = await editableAnnouncement(tx, ctx.actor, id);
    const [{ number }] = await tx
      .update(announcements)
      .set({ previewCount: sql`${announcements.previewCount} + 1` })
      .where(eq(announcements.id, id))
      .returning({ number: announcements.previewCount });
    await enqueueMessages(tx, ctx, [
      {
        memberId: actor.memberId,
        dedupeKey: `announcement:${id}:preview:${number}`,
        source: 'announcements',
        title: `【預覽】${row.title}`,
        body: row.summary,
        refType: 'announcement-preview',
        refId: id,
      },
    ]);
    return { number };
  });
}
