import { and, eq, inArray, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { members } from '../../../db/schema';
import { canManageMember } from '../departments/policy';
import type { DepartmentTree } from '../departments/tree';
import type { Actor } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { departmentsOf } from '../members/member-query';
import { canSetTags } from './policy';

type Member = typeof members.$inferSelect;

/**
 * The members named by `ids` for a tag change: each an existing staff member of this school
 * (400 naming `memberIds.<i>` otherwise: unknown, removed, another school's, or not staff),
 * and each within the caller's 管理範圍 (403). Returned once each, in the order given.
 */
export async function taggableMembers(db: SchoolDbOrTx, actor: Actor | null, tree: DepartmentTree, ids: string[]): Promise<Member[]> {
  const unique = [...new Set(ids)];
  const rows = await db
    .select()
    .from(members)
    .where(and(inArray(members.id, unique), ne(members.status, 'removed')))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  ids.forEach((id, i) => {
    const m = byId.get(id);
    const field = `memberIds.${i}`;
    if (!m) throw new ApiError('unknown_ref', { field, params: { field, ref: id } });
    if (m.kind !== 'staff') throw new ApiError('tag_member_not_staff', { field });
  });
  const departments = await departmentsOf(db, tree, unique);
  for (const id of unique) {
    const ds = (departments.get(id) ?? []).map((d) => d.id);
    if (!canSetTags(actor) || !canManageMember(actor, ds, tree)) throw forbidden();
  }
  return unique.map((id) => byId.get(id) as Member);
}

/** Whether the caller may see (and so change) a member's tags: staff in its 管理範圍. */
export async function managesTagMember(db: SchoolDbOrTx, actor: Actor | null, tree: DepartmentTree, memberId: string): Promise<boolean> {
  const m = await db
    .select({ kind: members.kind })
    .from(members)
    .where(and(eq(members.id, memberId), ne(members.status, 'removed')))
    .get();
  if (!m || m.kind !== 'staff') return false;
  const ds = ((await departmentsOf(db, tree, [memberId])).get(memberId) ?? []).map((d) => d.id);
  return canSetTags(actor) && canManageMember(actor, ds, tree);
}
