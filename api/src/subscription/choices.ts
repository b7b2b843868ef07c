import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { campuses, classes, departments, grades, subjects } from '../../../db/schema';
import { schoolDepartmentTree, walkTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';

/**
 * What a subscriber may pick: departments of the staff contacts (not the alumni), classes
 * made by the B08 sync (SUB-05, PRM-03: a class an admin made by hand is never offered) and
 * enabled subjects. The same rules check what comes back.
 */

export interface ClassChoice {
  id: string;
  name: string;
  gradeName: string;
  campusName: string;
  schoolYear: string;
}

/** The B08 classes of the newest synced school year that students join (not the parents' classes). */
export async function classChoices(db: SchoolDbOrTx): Promise<ClassChoice[]> {
  const rows = await db
    .select({ id: classes.id, name: classes.name, gradeName: grades.name, campusName: campuses.name, schoolYear: classes.schoolYear })
    .from(classes)
    .innerJoin(grades, eq(grades.id, classes.gradeId))
    .innerJoin(campuses, eq(campuses.id, grades.campusId))
    .where(and(eq(classes.source, 'b08'), ne(classes.audience, 'parents')))
    .orderBy(asc(campuses.sortOrder), asc(grades.sortOrder), asc(classes.sortOrder), asc(classes.name))
    .all();
  const newest = rows.reduce((y, r) => (r.schoolYear > y ? r.schoolYear : y), '');
  return rows.filter((r) => r.schoolYear === newest);
}

/** A class a subscriber may join or teach: 404 naming the field when missing, 400 class_not_b08 otherwise. */
export async function requireB08Class(db: SchoolDbOrTx, id: string, field: string): Promise<{ id: string; name: string }> {
  const cls = await db.select({ id: classes.id, name: classes.name, source: classes.source, audience: classes.audience }).from(classes).where(eq(classes.id, id)).get();
  if (!cls) throw new ApiError('not_found', { field });
  if (cls.source !== 'b08' || cls.audience === 'parents') throw new ApiError('class_not_b08', { field });
  return { id: cls.id, name: cls.name };
}

/** Departments a staff member may choose: every normal one, depth first from the root (the root and alumni made on first use). */
export async function departmentChoices(ctx: ServiceContext) {
  const tree = await schoolDepartmentTree(ctx);
  return walkTree(tree)
    .filter(({ department }) => department.kind === 'normal')
    .map(({ department, depth }) => ({ id: department.id, name: department.name, parentId: department.parentId, depth }));
}

/** 400 unknown_ref unless every id is a normal department. */
export async function requireDepartments(db: SchoolDbOrTx, ids: string[], field = 'departmentIds'): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.select({ id: departments.id }).from(departments).where(and(inArray(departments.id, ids), eq(departments.kind, 'normal'))).all();
  const missing = ids.find((id) => !found.some((f) => f.id === id));
  if (missing) throw new ApiError('unknown_ref', { field, params: { field, ref: missing } });
}

export async function subjectChoices(db: SchoolDbOrTx) {
  return db.select({ id: subjects.id, name: subjects.name, code: subjects.code }).from(subjects).where(eq(subjects.enabled, true)).orderBy(asc(subjects.code)).all();
}

/** 添加班級: every class a B08 class, every subject an enabled one. */
export async function requireTeaching(db: SchoolDbOrTx, teaching: { classId: string; subjectId: string }[], field = 'teaching'): Promise<void> {
  for (const [i, t] of teaching.entries()) {
    await requireB08Class(db, t.classId, `${field}.${i}.classId`);
    const subject = await db.select({ enabled: subjects.enabled }).from(subjects).where(eq(subjects.id, t.subjectId)).get();
    if (!subject) throw new ApiError('not_found', { field: `${field}.${i}.subjectId` });
    if (!subject.enabled) throw new ApiError('subject_disabled', { field: `${field}.${i}.subjectId` });
  }
}

/** Whether a class still exists and came from the B08 sync (an approval long after the request). */
export async function isB08Class(db: SchoolDbOrTx, id: string): Promise<boolean> {
  const row = await db.select({ id: classes.id }).from(classes).where(and(eq(classes.id, id), eq(classes.source, 'b08'), ne(classes.audience, 'parents'))).get();
  return row !== undefined;
}
