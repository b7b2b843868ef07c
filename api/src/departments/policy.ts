import { canListMembers, isSuperAdmin, managesDepartment, managesPlacement } from '../auth/policy';
import type { Actor } from '../lib/context';
import { ancestorIds, type DepartmentTree, subtreeIds } from './tree';

/**
 * Who may see and manage the staff contacts (CT-01, manual §15 通訊錄權限): creator and super
 * admins all of it; a scoped admin (分級管理員) the departments of its scope and everything
 * below them; other staff read the tree (as WeCom lets members read contacts) and manage
 * nothing; parents and students never reach it.
 */

/** Staff read the department tree; parents and students do not (403). */
export const canReadDepartments = (a: Actor | null): boolean => a?.kind === 'staff';

/** Whether the caller administers contacts at all: super admins, and scoped admins with departments. */
export const canManageContacts = canListMembers;

/** The department ids the actor manages: all for super admins, the scope's subtrees for a scoped admin. */
export function departmentScope(a: Actor | null, tree: DepartmentTree): Set<string> {
  if (isSuperAdmin(a)) return new Set(tree.byId.keys());
  if (a?.adminRole !== 'scoped') return new Set();
  const out = new Set<string>();
  // scope rows may name departments deleted since: subtreeIds skips them
  for (const id of a.scope.departmentIds) for (const d of subtreeIds(tree, id)) out.add(d);
  return out;
}

/** A scoped admin whose scope names departments: its contacts view is narrowed to them. */
export const hasDepartmentScope = (a: Actor | null): boolean => a?.adminRole === 'scoped' && a.scope.departmentIds.length > 0;

/**
 * The departments the actor sees: everything for super admins and plain staff (a scoped admin
 * of apps only reads contacts as staff do); for a scoped admin of departments its scope plus
 * the ancestors of its scope, shown as read-only context.
 */
export function visibleDepartments(a: Actor | null, tree: DepartmentTree): Set<string> {
  if (!canReadDepartments(a)) return new Set();
  if (!hasDepartmentScope(a)) return new Set(tree.byId.keys());
  const out = departmentScope(a, tree);
  for (const id of [...out]) for (const up of ancestorIds(tree, id)) out.add(up);
  return out;
}

/** A department with its ancestors, the shape the §15 predicates of auth/policy.ts take. */
const pathOf = (tree: DepartmentTree, id: string): string[] => (tree.byId.has(id) ? [id, ...ancestorIds(tree, id)] : []);

/** Whether the actor may rename, order, add below or set the heads of a department. */
export function canManageDepartment(a: Actor | null, departmentId: string, tree: DepartmentTree): boolean {
  return managesDepartment(a, pathOf(tree, departmentId));
}

/**
 * Whether the actor may move or delete a department: it must manage it, and a scoped admin may
 * not move or delete the departments that make up its own scope (that would change the scope
 * itself, which is a super admin's decision).
 */
export function canRestructureDepartment(a: Actor | null, departmentId: string, tree: DepartmentTree): boolean {
  if (!canManageDepartment(a, departmentId, tree)) return false;
  return isSuperAdmin(a) || !a?.scope.departmentIds.includes(departmentId);
}

/** A scoped admin manages a member when one of the member's departments is in its scope. */
export function canManageMember(a: Actor | null, memberDepartmentIds: string[], tree: DepartmentTree): boolean {
  if (isSuperAdmin(a)) return true;
  return managesPlacement(a, { departmentPaths: memberDepartmentIds.map((id) => pathOf(tree, id)), classIds: [] });
}

/**
 * Who may change a member's sign-in phone: the member themself, or the creator. Anyone else
 * could take over an admin account through an SMS sign-in, so an admin's phone is guarded.
 */
export function canChangeAdminPhone(a: Actor | null, target: { id: string; adminRole: string | null }): boolean {
  if (target.adminRole === null) return true;
  return a?.memberId === target.id || a?.adminRole === 'creator';
}

/** Scoped admins edit normal users only; admins are managed by super admins. */
export function canEditMember(a: Actor | null, target: { adminRole: string | null }): boolean {
  return isSuperAdmin(a) || (a?.adminRole === 'scoped' && target.adminRole === null);
}
