import { and, eq, inArray, isNotNull, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { memberDepartments, members } from '../../../db/schema';
import { isSuperAdmin } from '../auth/policy';
import { canManageMember, departmentScope } from '../departments/policy';
import { visibleRef } from '../departments/refs';
import { type DepartmentTree, subtreeIds, walkTree } from '../departments/tree';
import type { Actor } from '../lib/context';
import { notFound } from '../lib/errors';
import { likePattern } from '../lib/paging';

export interface MemberFilters {
  q?: string;
  kind?: 'staff' | 'parent' | 'student';
  status?: 'active' | 'disabled';
  departmentId?: string;
  joined?: '0' | '1';
  activated?: '0' | '1';
}

/** Members in any of these departments. */
const inDepartments = (db: SchoolDbOrTx, ids: string[]): SQL =>
  inArray(members.id, db.select({ id: memberDepartments.memberId }).from(memberDepartments).where(inArray(memberDepartments.departmentId, ids)));

/**
 * The members a caller may administer: everyone (not removed) for super admins; for a scoped
 * admin the members of the departments in its scope (a member is in scope when one of its
 * departments is).
 */
export function memberScope(db: SchoolDbOrTx, actor: Actor | null, tree: DepartmentTree): SQL | undefined {
  if (isSuperAdmin(actor)) return ne(members.status, 'removed');
  return and(ne(members.status, 'removed'), inDepartments(db, [...departmentScope(actor, tree)]));
}

/** The where clause of the member list and its export (X-01 search, CT-01 filters). */
export function memberWhere(db: SchoolDbOrTx, actor: Actor | null, tree: DepartmentTree, input: MemberFilters): SQL | undefined {
  const pattern = input.q ? likePattern(input.q) : null;
  const department = input.departmentId ? visibleRef(actor, tree, input.departmentId, 'departmentId') : null;
  return and(
    memberScope(db, actor, tree),
    input.kind ? eq(members.kind, input.kind) : undefined,
    input.status ? eq(members.status, input.status) : undefined,
    department ? inDepartments(db, subtreeIds(tree, department.id)) : undefined,
    input.joined === '0' ? isNull(members.joinedAt) : input.joined === '1' ? isNotNull(members.joinedAt) : undefined,
    input.activated === '0' ? isNull(members.activatedAt) : input.activated === '1' ? isNotNull(members.activatedAt) : undefined,
    pattern
      ? or(
          sql`${members.name} like ${pattern} escape '\\'`,
          sql`${members.phone} like ${pattern} escape '\\'`,
          sql`${members.account} like ${pattern} escape '\\'`,
        )
      : undefined,
  );
}

export interface MemberDepartment {
  id: string;
  name: string;
  isHead: boolean;
}

/** The departments of each member, in tree order, for a page of members. */
export async function departmentsOf(db: SchoolDbOrTx, tree: DepartmentTree, memberIds: string[]): Promise<Map<string, MemberDepartment[]>> {
  const out = new Map<string, MemberDepartment[]>();
  if (memberIds.length === 0) return out;
  const rows = await db.select().from(memberDepartments).where(inArray(memberDepartments.memberId, memberIds)).all();
  for (const r of rows) {
    const d = tree.byId.get(r.departmentId);
    if (!d) continue;
    const list = out.get(r.memberId) ?? [];
    list.push({ id: d.id, name: d.name, isHead: r.isHead });
    out.set(r.memberId, list);
  }
  const order = new Map(walkTree(tree).map(({ department }, i) => [department.id, i]));
  for (const list of out.values()) list.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return out;
}

/**
 * A member the caller administers, with its departments; 404 when it does not exist, was
 * removed, or lies outside a scoped admin's scope (what the caller may not see).
 */
export async function loadManagedMember(db: SchoolDbOrTx, actor: Actor | null, tree: DepartmentTree, id: string) {
  const row = await db
    .select()
    .from(members)
    .where(and(eq(members.id, id), ne(members.status, 'removed')))
    .get();
  if (!row) throw notFound();
  const departments = (await departmentsOf(db, tree, [id])).get(id) ?? [];
  if (!canManageMember(actor, departments.map((d) => d.id), tree)) throw notFound();
  return { row, departments };
}
