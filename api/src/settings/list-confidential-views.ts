import { and, count, desc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { confidentialViews, members } from '../../../db/schema';
import { canChangeSettings } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';

const viewer = alias(members, 'viewer');
const viewed = alias(members, 'viewed');

/** ADM-04: the log of confidential-field views, newest first; search by either name (super admins). */
export async function listConfidentialViews(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string; memberId?: string }) {
  if (!canChangeSettings(ctx.actor)) throw forbidden();
  const pattern = input.q ? likePattern(input.q) : null;
  const where = and(
    input.memberId ? eq(confidentialViews.memberId, input.memberId) : undefined,
    pattern ? or(sql`${viewer.name} like ${pattern} escape '\\'`, sql`${viewed.name} like ${pattern} escape '\\'`) : undefined,
  );
  const base = () =>
    ctx.db
      .select({ id: confidentialViews.id, at: confidentialViews.at, field: confidentialViews.field, viewerId: confidentialViews.viewerId, viewerName: viewer.name, memberId: confidentialViews.memberId, memberName: viewed.name })
      .from(confidentialViews)
      .leftJoin(viewer, eq(viewer.id, confidentialViews.viewerId))
      .leftJoin(viewed, eq(viewed.id, confidentialViews.memberId));
  const rows = await base().where(where).orderBy(desc(confidentialViews.at), desc(confidentialViews.id)).limit(input.pageSize).offset(offsetOf(input.page, input.pageSize)).all();
  const total = await ctx.db
    .select({ n: count() })
    .from(confidentialViews)
    .leftJoin(viewer, eq(viewer.id, confidentialViews.viewerId))
    .leftJoin(viewed, eq(viewed.id, confidentialViews.memberId))
    .where(where)
    .get();
  const items = rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    field: r.field,
    viewer: { id: r.viewerId, name: r.viewerName },
    member: { id: r.memberId, name: r.memberName },
  }));
  return pageOf(items, total?.n ?? 0, input.page, input.pageSize);
}
