import { isAdmin, isSuperAdmin, managesDepartment } from '../auth/policy';
import type { Actor } from '../lib/context';
import type { Kind } from './schemas';

/**
 * Who may do what around subscription (manual §1): staff hand out the QR codes (the admin
 * one only admins); every admin is told of a new admin's request and decides it when the
 * departments it asks for lie in their 管理範圍; parents add children; staff add identities.
 */

/** The QR codes a member may hand out; none for parents and students. */
export function qrKindsFor(a: Actor | null): Kind[] {
  if (a?.kind !== 'staff') return [];
  return isAdmin(a) ? ['admin', 'staff', 'family'] : ['staff', 'family'];
}

/** The request list is the admins'. */
export const canSeeRequests = (a: Actor | null): boolean => a?.kind === 'staff' && isAdmin(a);

/**
 * 同意 / 拒絕: super admins always; a scoped admin when every department asked for (each given
 * with its ancestors; the root when none) lies in its scope.
 */
export function canDecideRequest(a: Actor | null, departmentPaths: string[][]): boolean {
  if (!canSeeRequests(a)) return false;
  if (isSuperAdmin(a)) return true;
  return departmentPaths.length > 0 && departmentPaths.every((path) => managesDepartment(a, path));
}

/** 添加學生 (SUB-04): a parent's own account. */
export const canAddChildren = (a: Pick<Actor, 'kind'> | null): boolean => a?.kind === 'parent';

/** 掃描職員證 (SUB-03): a staff member's own account. */
export const canAddIdentity = (a: Pick<Actor, 'kind'> | null): boolean => a?.kind === 'staff';
