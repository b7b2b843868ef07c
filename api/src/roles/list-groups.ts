import { count, eq, inArray, sql } from 'drizzle-orm';
import { adminGroupMembers, adminGroups, adminGroupScopes, members } from '../../../db/schema';
import { canManageAdmins } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { presentGroup } from './presenter';
import { scopeOf } from './scope-refs';

/** ADM-01: management groups with scopes and members, searchable by name and paged. */
export async function listGroups(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string }) {
  if (!canManageAdmins(ctx.actor)) throw forbidden();
  const where = input.q ? sql`${adminGroups.name} like ${likePattern(input.q)} escape '\\'` : undefined;
  const groups = await ctx.db
    .select()
    .from(adminGroups)
    .where(where)
    .orderBy(adminGroups.name, adminGroups.id)
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db.select({ n: count() }).from(adminGroups).where(where).get();
  const ids = groups.map((g) => g.id);
  const scopes = ids.length ? await ctx.db.select().from(adminGroupScopes).where(inArray(adminGroupScopes.groupId, ids)).all() : [];
  const people = ids.length
    ? await ctx.db
        .select({ groupId: adminGroupMembers.groupId, m: members })
        .from(adminGroupMembers)
        .innerJoin(members, eq(members.id, adminGroupMembers.memberId))
        .where(inArray(adminGroupMembers.groupId, ids))
        .orderBy(members.name, members.id)
        .all()
    : [];
  const items = groups.map((g) =>
    presentGroup(
      g,
      scopeOf(scopes.filter((s) => s.groupId === g.id)),
      people.filter((p) => p.groupId === g.id).map((p) => p.m),
    ),
  );
  return pageOf(items, total?.n ?? 0, input.page, input.pageSize);
}
