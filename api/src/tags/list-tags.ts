import { asc, count, desc, sql } from 'drizzle-orm';
import { tags } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { getSetting } from '../settings/settings';
import { ADMIN_TAG } from '../subscription/approve-request';
import { canReadTags, showsMemberCount } from './policy';
import { presentTag } from './presenter';
import { loadTag, memberCounts } from './tag-rows';

/** Member counts for the caller, or null when the school hides them from it (ADM-04). */
async function countsFor(ctx: ServiceContext, ids: string[]): Promise<Map<string, number> | null> {
  const { hideMemberCount } = await getSetting(ctx.db, 'security');
  return showsMemberCount(ctx.actor, hideMemberCount) ? memberCounts(ctx.db, ids) : null;
}

/**
 * 標籤 (CT-01, X-01): the school's tags by name, the built-in 管理員 first, each with how many
 * members carry it. Staff read it (the range pickers of apps and announcements).
 */
export async function listTags(ctx: ServiceContext, input: { q?: string; page: number; pageSize: number }) {
  if (!canReadTags(ctx.actor)) throw forbidden();
  const where = input.q ? sql`${tags.name} like ${likePattern(input.q)} escape '\\'` : undefined;
  const [rows, total] = await Promise.all([
    ctx.db
      .select()
      .from(tags)
      .where(where)
      .orderBy(desc(sql`${tags.name} = ${ADMIN_TAG}`), asc(tags.name), asc(tags.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(tags).where(where).get(),
  ]);
  const counts = await countsFor(ctx, rows.map((r) => r.id));
  return pageOf(
    rows.map((r) => presentTag(r, counts ? (counts.get(r.id) ?? 0) : null)),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}

/** One tag with its member count (the members screen's heading). */
export async function getTag(ctx: ServiceContext, id: string) {
  if (!canReadTags(ctx.actor)) throw forbidden();
  const tag = await loadTag(ctx.db, id);
  const counts = await countsFor(ctx, [id]);
  return presentTag(tag, counts ? (counts.get(id) ?? 0) : null);
}

