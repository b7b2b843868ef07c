import type { adminGroups, members } from '../../../db/schema';
import type { Scope } from './schemas';

type Member = typeof members.$inferSelect;

/** A member as the roles pages name them (no phone, account or channel ids). */
export function presentMemberRef(m: Pick<Member, 'id' | 'name' | 'title' | 'kind' | 'status'>) {
  return { id: m.id, name: m.name, title: m.title, kind: m.kind, status: m.status };
}

/** One admin: role, own scope and the management groups lending it theirs. */
export function presentAdmin(m: Member, scope: Scope, groups: { id: string; name: string }[]) {
  return { member: presentMemberRef(m), role: m.adminRole, scope, groups };
}

/** A management group (管理組) with its scope and members. */
export function presentGroup(g: typeof adminGroups.$inferSelect, scope: Scope, groupMembers: Member[]) {
  return { id: g.id, name: g.name, scope, members: groupMembers.map(presentMemberRef), createdAt: g.createdAt.toISOString() };
}
