import type { members } from '../../../db/schema';
import { type ConfidentialField, maskConfidential } from '../settings/confidential';
import type { MemberDepartment } from './member-query';

type Row = typeof members.$inferSelect;

/** What the signed-in member learns about themself. */
export function presentSelf(m: Pick<Row, 'id' | 'name' | 'kind' | 'adminRole' | 'isTeacher' | 'isStaff'>) {
  return { id: m.id, name: m.name, kind: m.kind, adminRole: m.adminRole ?? null, isTeacher: m.isTeacher, isStaff: m.isStaff };
}

/** 身份: 教學人員 (teacher) and/or 學校職員 (staff). */
export function identitiesOf(m: Pick<Row, 'isTeacher' | 'isStaff'>): ('teacher' | 'staff')[] {
  return [...(m.isTeacher ? (['teacher'] as const) : []), ...(m.isStaff ? (['staff'] as const) : [])];
}

/**
 * A member as admins see it in lists (never the password hash nor channel ids). Fields the
 * school made confidential (ADM-04) are hidden: the page reveals them one click at a time.
 */
export function presentMember(m: Row, departments: MemberDepartment[] = [], confidential: readonly ConfidentialField[] = []) {
  return maskConfidential(presentRow(m, departments), confidential);
}

function presentRow(m: Row, departments: MemberDepartment[]) {
  return {
    id: m.id,
    name: m.name,
    kind: m.kind,
    title: m.title,
    areaCode: m.areaCode,
    phone: m.phone,
    account: m.account,
    status: m.status,
    adminRole: m.adminRole ?? null,
    isTeacher: m.isTeacher,
    isStaff: m.isStaff,
    identities: identitiesOf(m),
    /** 部門, in tree order, each with 部門負責人 or not. */
    departments,
    joinedAt: m.joinedAt?.toISOString() ?? null,
    activatedAt: m.activatedAt?.toISOString() ?? null,
    invitedAt: m.invitedAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}

/** One member with where they sit and what they head (GET /members/:id). */
export function presentMemberDetail(m: Row, departments: MemberDepartment[], confidential: readonly ConfidentialField[] = []) {
  return { ...presentMember(m, departments, confidential), headOf: departments.filter((d) => d.isHead).map((d) => d.id) };
}
