import type { members } from '../../../db/schema';

type Row = typeof members.$inferSelect;

/** What the signed-in member learns about themself. */
export function presentSelf(m: Row) {
  return { id: m.id, name: m.name, kind: m.kind, adminRole: m.adminRole ?? null, isTeacher: m.isTeacher, isStaff: m.isStaff };
}

/** A member as admins see it in lists (never the password hash nor channel ids). */
export function presentMember(m: Row) {
  return {
    id: m.id,
    name: m.name,
    kind: m.kind,
    areaCode: m.areaCode,
    phone: m.phone,
    account: m.account,
    status: m.status,
    adminRole: m.adminRole ?? null,
    isTeacher: m.isTeacher,
    isStaff: m.isStaff,
    joinedAt: m.joinedAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}
