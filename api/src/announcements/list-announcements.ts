import { and, count, desc, eq, sql } from 'drizzle-orm';
import { announcements } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { requireEditor } from './access';
import { presentListItem } from './presenter';
import { statsOf } from './stats';

/** 發公告's list: every announcement of the school, newest first, searchable by title (X-01). */
export async function listAnnouncements(ctx: ServiceContext, input: { q?: string; status?: 'draft' | 'scheduled' | 'sent' | 'recalled'; page: number; pageSize: number }) {
  requireEditor(ctx.actor);
  const where = and(
    input.q ? sql`${announcements.title} like ${likePattern(input.q)} escape '\\'` : undefined,
    input.status ? eq(announcements.status, input.status) : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select()
      .from(announcements)
      .where(where)
      .orderBy(desc(announcements.updatedAt), sql`${announcements}.rowid desc`)
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(announcements).where(where).get(),
  ]);
  const stats = await statsOf(
    ctx.db,
    rows.map((a) => a.id),
    ctx.clock.now(),
  );
  return pageOf(
    rows.map((a) => presentListItem(a, stats.get(a.id))),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
