import { and, count, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { adminGroupMembers, adminGroups, adminScopes, members } from '../../../db/schema';
import { canManageAdmins } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { presentAdmin } from './presenter';
import { scopeOf } from './scope-refs';

type Member = typeof members.$inferSelect;

/** Admin rows with their own scopes and groups, read for a whole page at once. */
export async function presentAdmins(db: SchoolDbOrTx, rows: Member[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const scopes = await db.select().from(adminScopes).where(inArray(adminScopes.memberId, ids)).all();
  const groups = await db
    .select({ memberId: adminGroupMembers.memberId, id: adminGroups.id, name: adminGroups.name })
    .from(adminGroupMembers)
    .innerJoin(adminGroups, eq(adminGroups.id, adminGroupMembers.groupId))
    .where(inArray(adminGroupMembers.memberId, ids))
    .orderBy(adminGroups.name)
    .all();
  return rows.map((m) =>
    presentAdmin(
      m,
      scopeOf(scopes.filter((s) => s.memberId === m.id)),
      groups.filter((g) => g.memberId === m.id).map(({ id, name }) => ({ id, name })),
    ),
  );
}

/** One admin, presented; 404 when the member is not an admin. */
export async function getAdmin(db: SchoolDbOrTx, memberId: string) {
  const m = await db
    .select()
    .from(members)
    .where(and(eq(members.id, memberId), isNotNull(members.adminRole), ne(members.status, 'removed')))
    .get();
  if (!m) throw notFound();
  return (await presentAdmins(db, [m]))[0];
}

const RANK = sql`case ${members.adminRole} when 'creator' then 0 when 'super' then 1 else 2 end`;

/** ADM-01: the creator, super admins and scoped admins (with scopes and groups), searchable and paged. */
export async function listAdmins(
  ctx: ServiceContext,
  input: { page: number; pageSize: number; q?: string; role?: 'creator' | 'super' | 'scoped' },
) {
  if (!canManageAdmins(ctx.actor)) throw forbidden();
  const pattern = input.q ? likePattern(input.q) : null;
  const where = and(
    isNotNull(members.adminRole),
    ne(members.status, 'removed'),
    input.role ? eq(members.adminRole, input.role) : undefined,
    pattern ? or(sql`${members.name} like ${pattern} escape '\\'`, sql`${members.account} like ${pattern} escape '\\'`) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(members)
    .where(where)
    .orderBy(RANK, members.name, members.id)
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db.select({ n: count() }).from(members).where(where).get();
  return pageOf(await presentAdmins(ctx.db, rows), total?.n ?? 0, input.page, input.pageSize);
}
