import { isAdmin, isSuperAdmin } from '../auth/policy';
import type { Actor } from '../lib/context';

/**
 * Who may do what in the home-school contacts (CT-02, CT-03, manual §14–15), as pure
 * functions. Creator and super admins manage everything; a scoped admin the classes its
 * scope names (a class, or a grade or campus covering it); a teacher reads the classes they
 * teach. Parents and students only ever see their own children (my-children).
 */

/** Where a class sits: enough to decide scope. */
export interface ClassRef {
  id: string;
  gradeId: string;
  campusId: string;
}

/** Staff who manage or teach may open the contacts at all; everyone else is refused (403). */
export const canOpenHomeSchool = (a: Actor | null): boolean => a?.kind === 'staff' && (isAdmin(a) || a.isTeacher);

/** Admin-only routes (students' changes, import/export, assignments): any admin role. */
export const canAdminHomeSchool = (a: Actor | null): boolean => a?.kind === 'staff' && isAdmin(a);

/** Campuses and grades, subjects: the school-wide frame is the super admins'. */
export const canManageStructure = (a: Actor | null): boolean => isSuperAdmin(a);
export const canManageSubjects = (a: Actor | null): boolean => isSuperAdmin(a);
/** Subjects are read by every staff member (homework, timetable). */
export const canListSubjects = (a: Actor | null): boolean => a?.kind === 'staff';

/** Whether a scoped admin's scope names the class, its grade or its campus. */
export function scopeCovers(a: Actor | null, ref: ClassRef): boolean {
  if (!a || a.adminRole !== 'scoped') return false;
  const s = a.scope.classIds;
  return s.includes(ref.id) || s.includes(ref.gradeId) || s.includes(ref.campusId);
}

/** Change a class, its students and its teachers. */
export const canManageClass = (a: Actor | null, ref: ClassRef): boolean => isSuperAdmin(a) || scopeCovers(a, ref);

/** See a class and its students: its admins, and its teachers (`teaches` from the assignments). */
export const canReadClass = (a: Actor | null, ref: ClassRef, teaches: boolean): boolean =>
  canManageClass(a, ref) || (a?.kind === 'staff' && a.isTeacher && teaches);

/** Add a class to a grade: super admins, or a scoped admin whose scope names the grade or campus. */
export function canAddClassTo(a: Actor | null, grade: { id: string; campusId: string }): boolean {
  if (isSuperAdmin(a)) return true;
  if (!a || a.adminRole !== 'scoped') return false;
  return a.scope.classIds.includes(grade.id) || a.scope.classIds.includes(grade.campusId);
}

/** A student follows their class; one without a class (left, or never placed) is the super admins'. */
export const canManageStudent = (a: Actor | null, cls: ClassRef | null): boolean =>
  isSuperAdmin(a) || (cls !== null && scopeCovers(a, cls));

export const canReadStudent = (a: Actor | null, cls: ClassRef | null, teaches: boolean): boolean =>
  isSuperAdmin(a) || (cls !== null && canReadClass(a, cls, teaches));

/** The class invitation QR: its admins and its teachers (a homeroom teacher invites parents). */
export const canInviteToClass = canReadClass;

/** The child switcher is the parents' and students' own. */
export const canSeeChildren = (a: Actor | null): boolean => a?.kind === 'parent' || a?.kind === 'student';

/** 校友二維碼: a student member with no active student record (a former student) binds. */
export const canBindAlumni = (a: Actor | null, hasActiveRecord: boolean): boolean => a?.kind === 'student' && !hasActiveRecord;
