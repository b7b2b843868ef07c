import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { guardians, members, students } from '../../../db/schema';
import { revokeMemberSessions } from '../auth/sessions';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { type Relation, SELF } from './identity';

/**
 * The members behind guardians: a parent is one member however many children they have
 * (found by phone), the student's own account (本人) is a member of kind `student`, and a
 * phone of a staff member never becomes a parent (ID-04).
 */

export interface ParentInput {
  name: string;
  relation: Relation;
  areaCode: string;
  phone: string;
}

type Member = typeof members.$inferSelect;
export const phoneKey = (areaCode: string, phone: string): string => `${areaCode} ${phone}`;

/** A new parent or student member's row: not joined until they accept the invitation. */
export function newMemberRow(kind: 'parent' | 'student', name: string, areaCode: string, phone: string, now: Date) {
  return { id: newId(now.getTime()), kind, name, areaCode, phone, joinedAt: null, createdAt: now, updatedAt: now };
}

/** The school's members (not removed) holding these phones, by {@link phoneKey}. */
export async function membersByPhone(tx: SchoolDbOrTx, phones: string[]): Promise<Map<string, Member>> {
  const found = new Map<string, Member>();
  const unique = [...new Set(phones)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await tx
      .select()
      .from(members)
      .where(and(inArray(members.phone, unique.slice(i, i + 500)), ne(members.status, 'removed')))
      .all();
    for (const m of rows) if (m.phone) found.set(phoneKey(m.areaCode, m.phone), m);
  }
  return found;
}

/**
 * Why an existing member with the phone cannot be this guardian, or null when it can be
 * reused: staff never; a student member only as 本人 of a student not linked to another
 * account; a parent member only as a parent.
 */
export function reuseRefusal(existing: Member, relation: Relation): 'staff_phone' | 'phone_kind' | null {
  if (existing.kind === 'staff') return 'staff_phone';
  if ((relation === SELF) !== (existing.kind === 'student')) return 'phone_kind';
  return null;
}

/**
 * Resolves the parents given for one student to member ids, creating the new ones and
 * re-enabling a parent who had lost access (a transfer) and now has a child again.
 */
export async function resolveGuardians(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  parents: ParentInput[],
  field: string,
  studentId: string | null,
): Promise<{ memberId: string; relation: Relation }[]> {
  const now = ctx.clock.now();
  const existing = await membersByPhone(tx, parents.map((p) => p.phone));
  const out: { memberId: string; relation: Relation }[] = [];
  for (const [i, p] of parents.entries()) {
    const found = existing.get(phoneKey(p.areaCode, p.phone));
    if (!found) {
      const row = newMemberRow(p.relation === SELF ? 'student' : 'parent', p.name, p.areaCode, p.phone, now);
      await tx.insert(members).values(row);
      out.push({ memberId: row.id, relation: p.relation });
      continue;
    }
    if (reuseRefusal(found, p.relation)) throw new ApiError('phone_in_use', { field: `${field}.${i}.phone` });
    if (p.relation === SELF) {
      const owner = await tx.select({ id: students.id }).from(students).where(eq(students.memberId, found.id)).get();
      if (owner && owner.id !== studentId) throw new ApiError('phone_in_use', { field: `${field}.${i}.phone` });
    }
    if (found.status === 'disabled') await tx.update(members).set({ status: 'active', updatedAt: now }).where(eq(members.id, found.id));
    out.push({ memberId: found.id, relation: p.relation });
  }
  return out;
}

/**
 * Removes, as members, those of `memberIds` who are nobody's guardian any more, and ends
 * their sessions (a parent whose last child was deleted). Returns the ids removed.
 */
export async function removeOrphans(tx: SchoolDbOrTx, ctx: ServiceContext, memberIds: string[]): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const linked = await tx.select({ id: guardians.memberId }).from(guardians).where(inArray(guardians.memberId, memberIds)).all();
  const orphans = [...new Set(memberIds)].filter((id) => !linked.some((l) => l.id === id));
  if (orphans.length === 0) return [];
  await tx
    .update(members)
    .set({ status: 'removed', updatedAt: ctx.clock.now() })
    .where(and(inArray(members.id, orphans), ne(members.kind, 'staff')));
  for (const id of orphans) await revokeMemberSessions(tx, ctx, id);
  return orphans;
}

/**
 * Disables those of `memberIds` (parents, and the student's own account) left with no active
 * child, and ends their sessions: after a transfer they keep their history but lose access.
 */
export async function disableWithoutActiveChild(tx: SchoolDbOrTx, ctx: ServiceContext, memberIds: string[], keep: string[] = []): Promise<string[]> {
  const candidates = [...new Set(memberIds)].filter((id) => !keep.includes(id));
  if (candidates.length === 0) return [];
  const stillParents = await tx
    .select({ id: guardians.memberId })
    .from(guardians)
    .innerJoin(students, eq(students.id, guardians.studentId))
    .where(and(inArray(guardians.memberId, candidates), eq(students.status, 'active')))
    .all();
  const losing = candidates.filter((id) => !stillParents.some((p) => p.id === id));
  if (losing.length === 0) return [];
  const changed = await tx
    .update(members)
    .set({ status: 'disabled', updatedAt: ctx.clock.now() })
    .where(and(inArray(members.id, losing), eq(members.status, 'active'), ne(members.kind, 'staff')))
    .returning({ id: members.id });
  for (const { id } of changed) await revokeMemberSessions(tx, ctx, id);
  return changed.map((c) => c.id);
}

/** Guardian rows with their members, for a set of students (lists, detail, export). */
export async function guardiansOf(tx: SchoolDbOrTx, studentIds: string[]) {
  if (studentIds.length === 0) return [];
  const rows = [];
  for (let i = 0; i < studentIds.length; i += 500) {
    rows.push(
      ...(await tx
        .select({
          studentId: guardians.studentId,
          memberId: members.id,
          name: members.name,
          relation: guardians.relation,
          areaCode: members.areaCode,
          phone: members.phone,
          joinedAt: members.joinedAt,
          status: members.status,
        })
        .from(guardians)
        .innerJoin(members, eq(members.id, guardians.memberId))
        .where(inArray(guardians.studentId, studentIds.slice(i, i + 500)))
        .orderBy(sql`${guardians.relation} = '本人' desc`, guardians.createdAt, members.name)
        .all()),
    );
  }
  return rows;
}
