import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import { members, memberTags } from '../../../db/schema';
import { schoolDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { departmentsOf, memberScope } from '../members/member-query';
import { canSetTags } from './policy';
import { presentTagMember } from './presenter';
import { loadTag } from './tag-rows';

/**
 * The members who carry a tag (X-01: search by name or title, paged), for the admins who set
 * tags: everyone for super admins, the members of its departments for a scoped admin.
 */
export async function listTagMembers(ctx: ServiceContext, tagId: string, input: { q?: string; page: number; pageSize: number }) {
  if (!canSetTags(ctx.actor)) throw forbidden();
  await loadTag(ctx.db, tagId);
  const tree = await schoolDepartmentTree(ctx);
  const pattern = input.q ? likePattern(input.q) : null;
  const where = and(
    memberScope(ctx.db, ctx.actor, tree),
    inArray(members.id, ctx.db.select({ id: memberTags.memberId }).from(memberTags).where(eq(memberTags.tagId, tagId))),
    pattern ? or(sql`${members.name} like ${pattern} escape '\\'`, sql`${members.title} like ${pattern} escape '\\'`) : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select()
      .from(members)
      .where(where)
      .orderBy(asc(members.name), asc(members.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(members).where(where).get(),
  ]);
  const departments = await departmentsOf(ctx.db, tree, rows.map((r) => r.id));
  return pageOf(
    rows.map((r) => presentTagMember(r, (departments.get(r.id) ?? []).map((d) => ({ id: d.id, name: d.name })))),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
