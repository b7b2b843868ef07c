import { isSuperAdmin } from '../../auth/policy';
import type { Actor } from '../../lib/context';

/**
 * Who may do what with student homework (學生作業, SPEC HW-05, HW-06, HW-10; manual §5, §9), as
 * pure functions. The teacher who created an assignment and the admins act on it: creator and
 * super admins on every one, a scoped admin (分級管理員) on those whose classes all lie in its
 * scope (acting changes every class of it, so a scope holding only some does not suffice).
 * Staff who teach or manage one of its classes may view it and its submissions. Parents and
 * students never reach /assignments (403); they see their own homework through /mine.
 */

/** What the rules need of an assignment. */
export interface AssignmentRef {
  creatorId: string;
  classIds: readonly string[];
  status: AssignmentStatus;
}
export type AssignmentStatus = 'draft' | 'published' | 'feedback' | 'closed';

/** Where an actor reaches, read once per request (see access.ts `reachOf`). */
export interface Reach {
  /** Classes the actor manages as an admin (home-school/teaching.ts classIdsInScope). */
  inScope: readonly string[];
  /** Classes the actor teaches, any subject or homeroom (taughtClassIds). */
  taught: readonly string[];
}

/** The 學生作業 screens and routes: staff only (403 for parents and students). */
export const canUseAssignments = (a: Actor | null): a is Actor => a?.kind === 'staff';

/** Act on an assignment (edit, publish, remind, publish scores, grade, close, delete). */
export function canManageAssignment(a: Actor | null, r: Pick<AssignmentRef, 'creatorId' | 'classIds'>, classIdsInScope: readonly string[] = []): boolean {
  if (!canUseAssignments(a)) return false;
  if (r.creatorId === a.memberId || isSuperAdmin(a)) return true;
  return a.adminRole === 'scoped' && r.classIds.length > 0 && r.classIds.every((id) => classIdsInScope.includes(id));
}

/** See an assignment and its submissions: its managers, and staff teaching or managing one of its classes. */
export function canViewAssignment(a: Actor | null, r: Pick<AssignmentRef, 'creatorId' | 'classIds'>, reach: Reach): boolean {
  if (canManageAssignment(a, r, reach.inScope)) return true;
  return canUseAssignments(a) && r.classIds.some((id) => reach.taught.includes(id) || reach.inScope.includes(id));
}

/**
 * HW-05: the classes a caller may assign to for a subject: any class for creator and super
 * admins (null), else those a scoped admin manages plus those the caller teaches the subject in.
 */
export function assignableClassIds(a: Actor, inScope: readonly string[], taughtForSubject: readonly string[]): Set<string> | null {
  if (isSuperAdmin(a)) return null;
  return new Set([...(a.adminRole === 'scoped' ? inScope : []), ...taughtForSubject]);
}

/** The row actions of the 學生作業 list, as the manual shows them. */
export type AssignmentAction = 'edit' | 'remind' | 'publishScores' | 'details' | 'close' | 'delete';

/**
 * The actions a caller has on an assignment in its state: 答題詳情 for every viewer; for its
 * managers 編輯 + 刪除 on a draft, 編輯 提醒 發佈分數 封存 once published, 編輯 提醒 封存 in 反饋,
 * nothing but 答題詳情 once 已完結 (HW-10).
 */
export function actionsFor(status: AssignmentStatus, manages: boolean): AssignmentAction[] {
  if (!manages || status === 'closed') return ['details'];
  if (status === 'draft') return ['edit', 'details', 'delete'];
  if (status === 'published') return ['edit', 'remind', 'publishScores', 'details', 'close'];
  return ['edit', 'remind', 'details', 'close'];
}

/** Fields a published (or 反饋) assignment may still change; a draft changes everything, a closed one nothing. */
export const EDITABLE_AFTER_PUBLISH = ['title', 'deadline', 'remindAt'] as const;

/**
 * What refuses a transition, as an error code, or null when it is allowed (HW-06, HW-10).
 * Closed refuses everything first, so the caller always learns it is 已完結.
 */
export function transitionRefusal(
  status: AssignmentStatus,
  verb: 'update' | 'delete' | 'publish' | 'remind' | 'close',
): 'assignment_closed' | 'assignment_published' | 'assignment_draft' | null {
  if (status === 'closed') return 'assignment_closed';
  switch (verb) {
    case 'update':
      return null;
    case 'delete':
    case 'publish':
      return status === 'draft' ? null : 'assignment_published';
    case 'remind':
    case 'close':
      return status === 'draft' ? 'assignment_draft' : null;
  }
}
