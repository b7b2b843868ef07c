import { and, eq, inArray, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { type AnnouncementRange, memberDepartments, members, memberTags, tags } from '../../../db/schema';
import { readDepartmentTree, subtreeIds } from '../departments/tree';
import { ApiError } from '../lib/errors';

const CHUNK = 500;

function requireAll(ids: string[], found: Set<string>, field: string): void {
  ids.forEach((id, i) => {
    if (!found.has(id)) throw new ApiError('not_found', { field: `${field}.${i}` });
  });
}

/** ANN-01 every department, member (staff) and tag of a send range exists: else 404 naming the field. */
export async function checkRange(db: SchoolDbOrTx, range: AnnouncementRange): Promise<void> {
  if (range.departmentIds.length) {
    const tree = await readDepartmentTree(db);
    requireAll(range.departmentIds, new Set(tree.byId.keys()), 'range.departmentIds');
  }
  if (range.memberIds.length) {
    const found = await db
      .select({ id: members.id })
      .from(members)
      .where(and(inArray(members.id, range.memberIds), eq(members.kind, 'staff'), ne(members.status, 'removed')))
      .all();
    requireAll(range.memberIds, new Set(found.map((m) => m.id)), 'range.memberIds');
  }
  if (range.tagIds.length) {
    const found = await db.select({ id: tags.id }).from(tags).where(inArray(tags.id, range.tagIds)).all();
    requireAll(range.tagIds, new Set(found.map((t) => t.id)), 'range.tagIds');
  }
}

/**
 * The members a send range reaches, once each: active staff in the departments (and every
 * department below them), named, or tagged. Former students in the alumni department and
 * parents are never staff, so never reached.
 */
export async function resolveRange(db: SchoolDbOrTx, range: AnnouncementRange): Promise<string[]> {
  const out = new Set<string>();
  const staff = and(eq(members.kind, 'staff'), eq(members.status, 'active'));
  if (range.departmentIds.length) {
    const tree = await readDepartmentTree(db);
    const all = [...new Set(range.departmentIds.flatMap((id) => subtreeIds(tree, id)))];
    for (let i = 0; i < all.length; i += CHUNK) {
      const rows = await db
        .select({ id: members.id })
        .from(memberDepartments)
        .innerJoin(members, eq(members.id, memberDepartments.memberId))
        .where(and(inArray(memberDepartments.departmentId, all.slice(i, i + CHUNK)), staff))
        .all();
      for (const r of rows) out.add(r.id);
    }
  }
  for (let i = 0; i < range.memberIds.length; i += CHUNK) {
    const rows = await db
      .select({ id: members.id })
      .from(members)
      .where(and(inArray(members.id, range.memberIds.slice(i, i + CHUNK)), staff))
      .all();
    for (const r of rows) out.add(r.id);
  }
  if (range.tagIds.length) {
    const rows = await db
      .select({ id: members.id })
      .from(memberTags)
      .innerJoin(members, eq(members.id, memberTags.memberId))
      .where(and(inArray(memberTags.tagId, range.tagIds), staff))
      .all();
    for (const r of rows) out.add(r.id);
  }
  return [...out];
}
