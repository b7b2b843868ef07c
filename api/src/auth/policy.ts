import type { Actor } from '../lib/context';

/**
 * The permission table of manual §15 as pure functions. Creator and super admins manage
 * everything; a scoped admin only what its scope names; normal users no back-office admin.
 */
export const isCreator = (a: Actor | null): boolean => a?.adminRole === 'creator';
export const isSuperAdmin = (a: Actor | null): boolean => a?.adminRole === 'creator' || a?.adminRole === 'super';
export const isAdmin = (a: Actor | null): boolean => a?.adminRole != null;

/** Whether an admin manages an app (APP-01 names), e.g. `notices`, `contacts`. */
export function managesApp(a: Actor | null, app: string): boolean {
  return isSuperAdmin(a) || (a?.adminRole === 'scoped' && a.scope.apps.includes(app));
}

/** Member administration (contacts): super admins; scoped admins once departments exist (issue 3). */
export const canListMembers = (a: Actor | null): boolean => isSuperAdmin(a);

/** Disable, enable or remove a member: never oneself, never the creator (transfer first). */
export function canChangeMemberStatus(a: Actor | null, target: { id: string; adminRole: string | null }): boolean {
  if (!isSuperAdmin(a) || !a) return false;
  if (target.id === a.memberId) return false;
  return target.adminRole !== 'creator';
}

/** The audit log and the school's security settings are the super admins'. */
export const canReadAudit = (a: Actor | null): boolean => isSuperAdmin(a);
export const canChangeSettings = (a: Actor | null): boolean => isSuperAdmin(a);
