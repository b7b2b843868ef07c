import { count, desc, eq } from 'drizzle-orm';
import { members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canChangeMemberStatus, canListMembers } from '../auth/policy';
import { revokeMemberSessions } from '../auth/sessions';
import { readDepartmentTree, schoolDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { offsetOf, pageOf } from '../lib/paging';
import { departmentsOf, loadManagedMember, type MemberFilters, memberWhere } from './member-query';
import { confidentialFields } from '../settings/settings';
import { presentMember, presentMemberDetail } from './presenter';

/**
 * Members of the school for admins: search by name, phone or account; filter by kind, status,
 * department (with its sub-departments), not joined, not activated. A scoped admin sees the
 * members of its departments only.
 */
export async function listMembers(ctx: ServiceContext, input: MemberFilters & { page: number; pageSize: number }) {
  if (!canListMembers(ctx.actor)) throw forbidden();
  const tree = await schoolDepartmentTree(ctx);
  const where = memberWhere(ctx.db, ctx.actor, tree, input);
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
  const departments = await departmentsOf(
    ctx.db,
    tree,
    rows.map((r) => r.id),
  );
  const hidden = await confidentialFields(ctx.db);
  return pageOf(
    rows.map((r) => presentMember(r, departments.get(r.id), hidden)),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}

/** One member with departments, heads and identities (CT-01), for the admins who manage it. */
export async function getMember(ctx: ServiceContext, id: string) {
  if (!canListMembers(ctx.actor)) throw notFound();
  const tree = await schoolDepartmentTree(ctx);
  const { row, departments } = await loadManagedMember(ctx.db, ctx.actor, tree, id);
  return presentMemberDetail(row, departments, await confidentialFields(ctx.db));
}

/**
 * Disables, re-enables or removes a member. Disabling or removing ends every session of the
 * member at once; the change is audited in the same transaction.
 */
export async function setMemberStatus(ctx: ServiceContext, id: string, status: 'active' | 'disabled' | 'removed') {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (!canListMembers(ctx.actor)) throw notFound();
    const tree = await readDepartmentTree(tx);
    const { row: before, departments } = await loadManagedMember(tx, ctx.actor, tree, id);
    if (!canChangeMemberStatus(ctx.actor, before)) throw forbidden();
    const [after] = await tx.update(members).set({ status, updatedAt: now }).where(eq(members.id, id)).returning();
    if (status !== 'active') await revokeMemberSessions(tx, ctx, id);
    const action = status === 'active' ? 'member.enable' : status === 'disabled' ? 'member.disable' : 'member.remove';
    await writeAudit(tx, ctx, { action, targetType: 'member', targetId: id, before: { status: before.status }, after: { status } });
    return presentMember(after, departments, await confidentialFields(tx));
  });
}
