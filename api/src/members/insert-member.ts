import type { SchoolDbOrTx } from '../../../db/client';
import { adminScopes, members } from '../../../db/schema';
import { hashPassword } from '../lib/crypto';
import { newId } from '../lib/ids';

export interface MemberInput {
  kind: 'staff' | 'parent' | 'student';
  name: string;
  /** Job title (職務), staff. */
  title?: string;
  /** false for someone invited who has not joined yet; joined by default (seed, creator). */
  joined?: boolean;
  areaCode?: string;
  phone?: string | null;
  account?: string | null;
  password?: string | null;
  isTeacher?: boolean;
  isStaff?: boolean;
  adminRole?: 'creator' | 'super' | 'scoped' | null;
  scope?: { departmentIds?: string[]; classIds?: string[]; apps?: string[] };
  wecomUserId?: string | null;
  schoolUserId?: string | null;
}

/**
 * Adds a member row (and a scoped admin's scope) in the caller's transaction. The seed, the
 * operator's provisioning and, later, contacts and subscription all add members through here.
 */
export async function insertMember(tx: SchoolDbOrTx, input: MemberInput, now: Date): Promise<string> {
  const id = newId(now.getTime());
  await tx.insert(members).values({
    id,
    kind: input.kind,
    name: input.name,
    title: input.title ?? '',
    areaCode: input.areaCode ?? '853',
    phone: input.phone ?? null,
    account: input.account ?? null,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    isTeacher: input.isTeacher ?? false,
    isStaff: input.isStaff ?? false,
    adminRole: input.adminRole ?? null,
    wecomUserId: input.wecomUserId ?? null,
    schoolUserId: input.schoolUserId ?? null,
    joinedAt: input.joined === false ? null : now,
    createdAt: now,
    updatedAt: now,
  });
  const scope = input.scope ?? {};
  const rows = [
    ...(scope.departmentIds ?? []).map((ref) => ({ memberId: id, kind: 'department' as const, ref })),
    ...(scope.classIds ?? []).map((ref) => ({ memberId: id, kind: 'class' as const, ref })),
    ...(scope.apps ?? []).map((ref) => ({ memberId: id, kind: 'app' as const, ref })),
  ];
  if (rows.length > 0) await tx.insert(adminScopes).values(rows);
  return id;
}
