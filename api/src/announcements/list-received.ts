import { and, count, desc, eq, lte, sql } from 'drizzle-orm';
import { announcementRecipients, announcements } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { requireReader } from './access';
import { presentInboxItem } from './presenter';

const r = announcementRecipients;

/** The announcements a staff member received, newest first; recalled ones are gone. */
export async function listReceived(ctx: ServiceContext, input: { q?: string; page: number; pageSize: number }) {
  const actor = requireReader(ctx.actor);
  const where = and(
    eq(r.memberId, actor.memberId),
    eq(announcements.status, 'sent'),
    lte(r.deliverAt, ctx.clock.now()),
    input.q ? sql`${announcements.title} like ${likePattern(input.q)} escape '\\'` : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ a: announcements, receipt: r })
      .from(r)
      .innerJoin(announcements, eq(announcements.id, r.announcementId))
      .where(where)
      .orderBy(desc(r.deliverAt), sql`${r}.rowid desc`)
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(r).innerJoin(announcements, eq(announcements.id, r.announcementId)).where(where).get(),
  ]);
  return pageOf(
    rows.map((x) => presentInboxItem(x.a, x.receipt)),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
