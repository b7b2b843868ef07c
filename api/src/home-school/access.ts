import { eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { campuses, classes, grades, students } from '../../../db/schema';
import { isSuperAdmin } from '../auth/policy';
import type { Actor } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { canAdminHomeSchool, canManageClass, canManageStudent, canOpenHomeSchool, canReadClass, canReadStudent, type ClassRef } from './policy';
import { classIdsInScope, taughtClassIds, teachesClass } from './teaching';

/**
 * Loads a class or student and applies the policy: what the caller may not see is a 404
 * (naming `field` when the id came in a body), a route it may not use at all a 403.
 */

export type ClassRow = ClassRef & { name: string; schoolYear: string; gradeName: string; campusName: string; source: string; audience: string };

export async function findClass(db: SchoolDbOrTx, id: string): Promise<ClassRow | undefined> {
  return db
    .select({
      id: classes.id,
      name: classes.name,
      schoolYear: classes.schoolYear,
      source: classes.source,
      audience: classes.audience,
      gradeId: grades.id,
      gradeName: grades.name,
      campusId: campuses.id,
      campusName: campuses.name,
    })
    .from(classes)
    .innerJoin(grades, eq(grades.id, classes.gradeId))
    .innerJoin(campuses, eq(campuses.id, grades.campusId))
    .where(eq(classes.id, id))
    .get();
}

const missing = (field?: string) => (field ? new ApiError('not_found', { field }) : notFound());

/** 403 for callers the contacts are not for (parents, students, plain staff). */
export function requireOpen(actor: Actor | null): Actor {
  if (!actor || !canOpenHomeSchool(actor)) throw forbidden();
  return actor;
}

/** 403 unless an admin. */
export function requireAdmin(actor: Actor | null): Actor {
  if (!actor || !canAdminHomeSchool(actor)) throw forbidden();
  return actor;
}

export async function requireReadableClass(db: SchoolDbOrTx, actor: Actor, id: string, field?: string): Promise<ClassRow> {
  const cls = await findClass(db, id);
  if (!cls) throw missing(field);
  if (canManageClass(actor, cls)) return cls;
  if (!canReadClass(actor, cls, await teachesClass(db, actor.memberId, id))) throw missing(field);
  return cls;
}

export async function requireManagedClass(db: SchoolDbOrTx, actor: Actor, id: string, field?: string): Promise<ClassRow> {
  const cls = await findClass(db, id);
  if (!cls || !canManageClass(actor, cls)) throw missing(field);
  return cls;
}

type StudentRow = typeof students.$inferSelect;

/** The student and its class (null when it has none). */
export async function findStudent(db: SchoolDbOrTx, id: string): Promise<{ student: StudentRow; cls: ClassRow | null } | undefined> {
  const student = await db.select().from(students).where(eq(students.id, id)).get();
  if (!student) return undefined;
  return { student, cls: student.classId ? ((await findClass(db, student.classId)) ?? null) : null };
}

export async function requireReadableStudent(db: SchoolDbOrTx, actor: Actor, id: string) {
  const found = await findStudent(db, id);
  if (!found) throw notFound();
  const teaches = found.cls !== null && !isSuperAdmin(actor) ? await teachesClass(db, actor.memberId, found.cls.id) : false;
  if (!canReadStudent(actor, found.cls, teaches)) throw notFound();
  return found;
}

export async function requireManagedStudent(db: SchoolDbOrTx, actor: Actor, id: string, field?: string) {
  const found = await findStudent(db, id);
  if (!found || !canManageStudent(actor, found.cls)) throw missing(field);
  return found;
}

/** Class ids an actor may read: `all` for super admins, else its scope and what it teaches. */
export async function readableClassIds(db: SchoolDbOrTx, actor: Actor): Promise<'all' | string[]> {
  if (isSuperAdmin(actor)) return 'all';
  const own = await classIdsInScope(actor, db);
  const taught = actor.isTeacher ? await taughtClassIds(db, actor.memberId) : [];
  return [...new Set([...own, ...taught])];
}

/** Class ids an actor manages: `all` for super admins, else its scope. */
export async function managedClassIds(db: SchoolDbOrTx, actor: Actor): Promise<'all' | string[]> {
  return isSuperAdmin(actor) ? 'all' : classIdsInScope(actor, db);
}
