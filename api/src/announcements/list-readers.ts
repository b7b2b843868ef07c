import { and, asc, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { announcementRecipients, members } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { editableAnnouncement } from './access';

const r = announcementRecipients;

/** ANN-02 成員閱讀情況: who has read it (how often, when) and who has not; by name. */
export async function listReaders(ctx: ServiceContext, id: string, input: { state?: 'read' | 'unread'; q?: string; page: number; pageSize: number }) {
  await editableAnnouncement(ctx.db, ctx.actor, id);
  const where = and(
    eq(r.announcementId, id),
    input.state === 'read' ? isNotNull(r.readAt) : input.state === 'unread' ? isNull(r.readAt) : undefined,
    input.q ? sql`${members.name} like ${likePattern(input.q)} escape '\\'` : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ receipt: r, name: members.name })
      .from(r)
      .innerJoin(members, eq(members.id, r.memberId))
      .where(where)
      .orderBy(asc(members.name), asc(members.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(r).innerJoin(members, eq(members.id, r.memberId)).where(where).get(),
  ]);
  const items = rows.map(({ receipt, name }) => ({
    member: { id: receipt.memberId, name },
    readAt: receipt.readAt?.toISOString() ?? null,
    readCount: receipt.readCount,
    likedAt: receipt.likedAt?.toISOString() ?? null,
  }));
  return pageOf(items, total?.n ?? 0, input.page, input.pageSize);
}
