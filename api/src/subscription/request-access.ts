import { eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { adminRequests, classes, departments, memberTags, subjects, tags } from '../../../db/schema';
import { ancestorIds, type DepartmentTree } from '../departments/tree';
import type { Actor } from '../lib/context';
import { notFound } from '../lib/errors';
import { canDecideRequest } from './policy';

export type AdminRequest = typeof adminRequests.$inferSelect;

/** The departments a request asks for, each with its ancestors (the root when none). */
export function requestPaths(tree: DepartmentTree, r: Pick<AdminRequest, 'departmentIds'>): string[][] {
  const ids = r.departmentIds.filter((id) => tree.byId.has(id));
  const placed = ids.length ? ids : tree.root ? [tree.root.id] : [];
  return placed.map((id) => [id, ...ancestorIds(tree, id)]);
}

/** Whether the actor may see and decide a request. */
export const decides = (actor: Actor | null, tree: DepartmentTree, r: AdminRequest): boolean => canDecideRequest(actor, requestPaths(tree, r));

/** A request the actor may decide, or 404. */
export async function requireDecidable(db: SchoolDbOrTx, actor: Actor | null, tree: DepartmentTree, id: string): Promise<AdminRequest> {
  const r = await db.select().from(adminRequests).where(eq(adminRequests.id, id)).get();
  if (!r || !decides(actor, tree, r)) throw notFound();
  return r;
}

/** Names of the departments, classes and subjects requests mention, and the tags of the members approved, for the list. */
export async function requestNames(db: SchoolDbOrTx, list: AdminRequest[]) {
  const mIds = [...new Set(list.flatMap((r) => (r.memberId ? [r.memberId] : [])))];
  const tagged = mIds.length
    ? await db.select({ memberId: memberTags.memberId, name: tags.name }).from(memberTags).innerJoin(tags, eq(tags.id, memberTags.tagId)).where(inArray(memberTags.memberId, mIds)).orderBy(tags.name).all()
    : [];
  const memberTagNames = new Map<string, string[]>();
  for (const t of tagged) memberTagNames.set(t.memberId, [...(memberTagNames.get(t.memberId) ?? []), t.name]);
  const dIds = [...new Set(list.flatMap((r) => r.departmentIds))];
  const cIds = [...new Set(list.flatMap((r) => r.teaching.map((t) => t.classId)))];
  const sIds = [...new Set(list.flatMap((r) => r.teaching.map((t) => t.subjectId)))];
  const pairs = async (rows: Promise<{ id: string; name: string }[]>) => new Map((await rows).map((r) => [r.id, r.name]));
  return {
    departments: dIds.length ? await pairs(db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, dIds)).all()) : new Map<string, string>(),
    classes: cIds.length ? await pairs(db.select({ id: classes.id, name: classes.name }).from(classes).where(inArray(classes.id, cIds)).all()) : new Map<string, string>(),
    memberTags: memberTagNames,
    subjects: sIds.length ? await pairs(db.select({ id: subjects.id, name: subjects.name }).from(subjects).where(inArray(subjects.id, sIds)).all()) : new Map<string, string>(),
  };
}
