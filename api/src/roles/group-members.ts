import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { adminGroupMembers, adminGroups, members } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { presentGroup } from './presenter';
import { notifyRole, setRole } from './role-state';
import { groupScope } from './scope-refs';
import { staffMembers } from './staff-members';

type Member = typeof members.$inferSelect;

/**
 * Checks the staff members to put in a group: super admins and the creator already manage
 * everything, so a group holds scoped admins only (400 naming `memberIds`).
 */
export async function groupCandidates(tx: SchoolDbOrTx, ids: string[]): Promise<Member[]> {
  const list = await staffMembers(tx, ids, 'memberIds');
  if (list.some((m) => m.adminRole === 'creator' || m.adminRole === 'super')) throw new ApiError('super_in_group', { field: 'memberIds' });
  return list;
}

/**
 * Adds members to a group in the caller's transaction; one who is not an admin becomes a
 * scoped admin (audited, told). Each is told they joined the group.
 */
export async function joinGroup(tx: SchoolDbOrTx, ctx: ServiceContext, group: { id: string; name: string }, list: Member[]): Promise<void> {
  if (list.length === 0) return;
  for (const m of list) {
    if (!m.adminRole) await setRole(tx, ctx, m, { role: 'scoped' }, 'admin.add', 'scoped');
  }
  await tx.insert(adminGroupMembers).values(list.map((m) => ({ groupId: group.id, memberId: m.id })));
  for (const m of list) await notifyRole(tx, ctx, m, 'group', { name: group.name });
}

/** Members of a group, by name. */
export async function membersOf(tx: SchoolDbOrTx, groupId: string): Promise<Member[]> {
  return tx
    .select({ m: members })
    .from(adminGroupMembers)
    .innerJoin(members, eq(members.id, adminGroupMembers.memberId))
    .where(eq(adminGroupMembers.groupId, groupId))
    .orderBy(members.name, members.id)
    .all()
    .then((rows) => rows.map((r) => r.m));
}

/** Takes members out of a group; they stay scoped admins with their own scope. */
export async function leaveGroup(tx: SchoolDbOrTx, groupId: string, memberIds: string[]): Promise<void> {
  if (memberIds.length === 0) return;
  await tx.delete(adminGroupMembers).where(and(eq(adminGroupMembers.groupId, groupId), inArray(adminGroupMembers.memberId, memberIds)));
}

/** A group as the API shows it (and as the audit log records it). */
export async function loadGroup(tx: SchoolDbOrTx, groupId: string) {
  const g = await tx.select().from(adminGroups).where(eq(adminGroups.id, groupId)).get();
  if (!g) return null;
  return presentGroup(g, await groupScope(tx, g.id), await membersOf(tx, g.id));
}

/** The audit shape of a group: ids rather than presented members. */
export const auditShape = (g: NonNullable<Awaited<ReturnType<typeof loadGroup>>>) => ({
  name: g.name,
  scope: g.scope,
  memberIds: g.members.map((m) => m.id),
});
