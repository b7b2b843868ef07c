import type { Actor } from '../lib/context';

/**
 * The permission table of manual §15 as pure functions. Creator and super admins manage
 * everything; a scoped admin only what its scope names; normal users no back-office admin.
 */
export const isCreator = (a: Actor | null): boolean => a?.adminRole === 'creator';
export const isSuperAdmin = (a: Actor | null): boolean => a?.adminRole === 'creator' || a?.adminRole === 'super';
export const isAdmin = (a: Actor | null): boolean => a?.adminRole != null;

/** Whether an admin manages an app (an APP-01 key of apps/catalogue.ts), e.g. `notices`. */
export function managesApp(a: Actor | null, app: string): boolean {
  return isSuperAdmin(a) || (a?.adminRole === 'scoped' && a.scope.apps.includes(app));
}

/**
 * Member administration (contacts): super admins, and scoped admins whose scope names
 * departments (they see the members of those departments only: departments/policy.ts).
 */
export const canListMembers = (a: Actor | null): boolean =>
  isSuperAdmin(a) || (a?.adminRole === 'scoped' && a.scope.departmentIds.length > 0);

/** Disable, enable or remove a member: never oneself, never the creator (transfer first). */
export function canChangeMemberStatus(a: Actor | null, target: { id: string; adminRole: string | null }): boolean {
  if (!isSuperAdmin(a) || !a) return false;
  if (target.id === a.memberId) return false;
  return target.adminRole !== 'creator';
}

/** The audit log and the school's security settings are the super admins'. */
export const canReadAudit = (a: Actor | null): boolean => isSuperAdmin(a);
export const canChangeSettings = (a: Actor | null): boolean => isSuperAdmin(a);

/**
 * How far one row of the §15 table reaches for an actor: everything (創建人, 超級管理員), the
 * scope it was given (分級管理員), or nothing (普通用戶).
 */
export type Reach = 'all' | 'scoped' | 'none';

/** Where a member sits, for scope checks: each department with its ancestors, and classes. */
export interface Placement {
  /** Per department of the member: the department, then its parent, … up to the root. */
  departmentPaths: string[][];
  /** Classes of a student, or of a parent's children. */
  classIds: string[];
}

const reachOf = (a: Actor | null): Reach => (isSuperAdmin(a) ? 'all' : a?.adminRole === 'scoped' ? 'scoped' : 'none');

/** 登陸管理後台: the admin console of the back-office (roles, apps, contacts, security) is for admins. */
export const canEnterAdminConsole = (a: Actor | null): boolean => isAdmin(a) && a?.kind === 'staff';

/** 管理範圍: whether a department (given with its ancestors) lies in what the actor manages. */
export function managesDepartment(a: Actor | null, path: string[]): boolean {
  const reach = reachOf(a);
  if (reach !== 'scoped') return reach === 'all';
  return path.some((id) => a?.scope.departmentIds.includes(id));
}

/** 管理範圍 for the home-school side: whether the actor manages a class. */
export function managesClass(a: Actor | null, classId: string): boolean {
  const reach = reachOf(a);
  if (reach !== 'scoped') return reach === 'all';
  return a?.scope.classIds.includes(classId) ?? false;
}

/** Whether a member placed at `p` lies in the actor's 管理範圍 (a department or a class of it). */
export const managesPlacement = (a: Actor | null, p: Placement): boolean =>
  p.departmentPaths.some((path) => managesDepartment(a, path)) || p.classIds.some((id) => managesClass(a, id));

/** 通訊錄權限: see and manage a member's contact record (confidential fields included, ADM-04). */
export const canManageContact = (a: Actor | null, p: Placement): boolean => managesPlacement(a, p);

/** 設備管理權限: see and end the signed-in devices (sessions) of a member. */
export const canManageDevicesOf = (a: Actor | null, p: Placement): boolean => managesPlacement(a, p);

/** 解散組織: the creator alone (ID-05); so is handing the creator role on (ADM-01). */
export const canDissolve = (a: Actor | null): boolean => isCreator(a);
export const canTransferCreator = (a: Actor | null): boolean => isCreator(a);

/** 權限管理: adding, changing and removing admins and management groups (super admins, creator). */
export const canManageAdmins = (a: Actor | null): boolean => isSuperAdmin(a);

/** 工作台管理 (APP-02): the workbench groups are the super admins'. */
export const canManageWorkbench = (a: Actor | null): boolean => isSuperAdmin(a);
