import { and, eq, sql } from 'drizzle-orm';
import { announcementRecipients } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { receivedAnnouncement } from './access';
import { statsOf } from './stats';

const r = announcementRecipients;

/** ANN-02 點贊 (liked) or not; once per member however often it is pressed. */
export async function likeAnnouncement(ctx: ServiceContext, id: string, liked: boolean) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { actor } = await receivedAnnouncement(tx, ctx.actor, id, now);
    await tx
      .update(r)
      .set({ likedAt: liked ? sql`coalesce(${r.likedAt}, ${now.getTime()})` : null })
      .where(and(eq(r.announcementId, id), eq(r.memberId, actor.memberId)));
    const stats = (await statsOf(tx, [id], now)).get(id);
    return { liked, likes: stats?.likes ?? 0 };
  });
}
