import { and, desc, eq, or, sql } from 'drizzle-orm';
import { adminRequests } from '../../../db/schema';
import { schoolDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { canSeeRequests } from './policy';
import { presentRequest } from './presenter';
import { decides, requestNames } from './request-access';

/**
 * SUB-01 the admin requests (newest first), searchable by name or phone and paged;
 * a scoped admin sees those it may decide.
 */
export async function listRequests(ctx: ServiceContext, q: { page: number; pageSize: number; q?: string; status: 'pending' | 'approved' | 'rejected' | 'all' }) {
  if (!canSeeRequests(ctx.actor)) throw forbidden();
  const tree = await schoolDepartmentTree(ctx);
  const search = q.q ? likePattern(q.q) : null;
  const rows = await ctx.db
    .select()
    .from(adminRequests)
    .where(
      and(
        q.status === 'all' ? undefined : eq(adminRequests.status, q.status),
        search ? or(sql`${adminRequests.name} like ${search} escape '\\'`, sql`${adminRequests.phone} like ${search} escape '\\'`) : undefined,
      ),
    )
    .orderBy(desc(adminRequests.createdAt), sql`${adminRequests}.rowid desc`)
    .all();
  const visible = rows.filter((r) => decides(ctx.actor, tree, r));
  const page = visible.slice(offsetOf(q.page, q.pageSize), offsetOf(q.page, q.pageSize) + q.pageSize);
  const names = await requestNames(ctx.db, page);
  return pageOf(
    page.map((r) => presentRequest(r, names)),
    visible.length,
    q.page,
    q.pageSize,
  );
}
