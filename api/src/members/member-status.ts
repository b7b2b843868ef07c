import { and, count, desc, eq, ne, or, sql } from 'drizzle-orm';
import { members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canChangeMemberStatus, canListMembers } from '../auth/policy';
import { revokeMemberSessions } from '../auth/sessions';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { presentMember } from './presenter';

/** Members of the school for admins: search by name, phone or account; filter by kind and status. */
export async function listMembers(
  ctx: ServiceContext,
  input: { page: number; pageSize: number; q?: string; kind?: 'staff' | 'parent' | 'student'; status?: 'active' | 'disabled' },
) {
  if (!canListMembers(ctx.actor)) throw forbidden();
  const pattern = input.q ? likePattern(input.q) : null;
  const where = and(
    ne(members.status, 'removed'),
    input.kind ? eq(members.kind, input.kind) : undefined,
    input.status ? eq(members.status, input.status) : undefined,
    pattern
      ? or(
          sql`${members.name} like ${pattern} escape '\\'`,
          sql`${members.phone} like ${pattern} escape '\\'`,
          sql`${members.account} like ${pattern} escape '\\'`,
        )
      : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select()
      .from(members)
      .where(where)
      .orderBy(members.kind, members.name, desc(members.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(members).where(where).get(),
  ]);
  return pageOf(rows.map(presentMember), total?.n ?? 0, input.page, input.pageSize);
}

export async function getMember(ctx: ServiceContext, id: string) {
  if (!canListMembers(ctx.actor)) throw notFound();
  const row = await ctx.db
    .select()
    .from(members)
    .where(and(eq(members.id, id), ne(members.status, 'removed')))
    .get();
  if (!row) throw notFound();
  return presentMember(row);
}

/**
 * Disables, re-enables or removes a member. Disabling or removing ends every session of the
 * member at once; the change is audited in the same transaction.
 */
export async function setMemberStatus(ctx: ServiceContext, id: string, status: 'active' | 'disabled' | 'removed') {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const before = await tx
      .select()
      .from(members)
      .where(and(eq(members.id, id), ne(members.status, 'removed')))
      .get();
    if (!before || !canListMembers(ctx.actor)) throw notFound();
    if (!canChangeMemberStatus(ctx.actor, before)) throw forbidden();
    const [after] = await tx.update(members).set({ status, updatedAt: now }).where(eq(members.id, id)).returning();
    if (status !== 'active') await revokeMemberSessions(tx, ctx, id);
    const action = status === 'active' ? 'member.enable' : status === 'disabled' ? 'member.disable' : 'member.remove';
    await writeAudit(tx, ctx, { action, targetType: 'member', targetId: id, before: { status: before.status }, after: { status } });
    return presentMember(after);
  });
}
