import { and, eq, inArray, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { departments, guardians, memberDepartments, members, students } from '../../../db/schema';
import type { Placement } from '../auth/policy';

type Member = typeof members.$inferSelect;

/** The department tree as child → parent; small enough to read whole (a school has dozens). */
export async function departmentParents(db: SchoolDbOrTx): Promise<Map<string, string | null>> {
  const rows = await db.select({ id: departments.id, parentId: departments.parentId }).from(departments).all();
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

/** A department, then its parent, … up to the root. A broken tree (a cycle) stops where it repeats. */
export function ancestry(parents: Map<string, string | null>, id: string): string[] {
  const path: string[] = [];
  let at: string | null | undefined = id;
  while (at && !path.includes(at)) {
    path.push(at);
    at = parents.get(at);
  }
  return path;
}

/**
 * Where a member sits: staff by their departments (each with its ancestors, since a scope
 * naming a department covers its sub-departments), students by their class, parents by
 * their children's classes. Null for a member that does not exist or was removed.
 */
export async function loadPlacement(db: SchoolDbOrTx, memberId: string): Promise<{ member: Member; placement: Placement } | null> {
  const member = await db
    .select()
    .from(members)
    .where(and(eq(members.id, memberId), ne(members.status, 'removed')))
    .get();
  if (!member) return null;
  return { member, placement: await placementOf(db, member) };
}

/** The placement of a member row already read. */
export async function placementOf(db: SchoolDbOrTx, member: Pick<Member, 'id' | 'kind'>): Promise<Placement> {
  if (member.kind === 'staff') {
    const rows = await db.select({ id: memberDepartments.departmentId }).from(memberDepartments).where(eq(memberDepartments.memberId, member.id)).all();
    if (rows.length === 0) return { departmentPaths: [], classIds: [] };
    const parents = await departmentParents(db);
    return { departmentPaths: rows.map((r) => ancestry(parents, r.id)), classIds: [] };
  }
  const studentIds =
    member.kind === 'student'
      ? (await db.select({ id: students.id }).from(students).where(eq(students.memberId, member.id)).all()).map((r) => r.id)
      : (await db.select({ id: guardians.studentId }).from(guardians).where(eq(guardians.memberId, member.id)).all()).map((r) => r.id);
  if (studentIds.length === 0) return { departmentPaths: [], classIds: [] };
  const classes = await db.select({ classId: students.classId }).from(students).where(inArray(students.id, studentIds)).all();
  return { departmentPaths: [], classIds: [...new Set(classes.flatMap((c) => (c.classId ? [c.classId] : [])))] };
}
