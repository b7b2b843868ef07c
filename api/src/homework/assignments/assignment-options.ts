import { and, asc, eq } from 'drizzle-orm';
import { classes, classTeachers, grades, subjects } from '../../../../db/schema';
import { classIdsInScope } from '../../home-school/teaching';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { assignableClassIds, canUseAssignments } from './policy';

/**
 * HW-05 what the caller may assign, for the 添加 form: each enabled subject with the classes
 * the caller may give it to, computed by the same rule the create check uses
 * (`assignableClassIds`): teachers where they teach the subject, scoped admins also their
 * classes, creator and super admins every class. Subjects with no class are left out.
 * Three reads, whatever the number of classes.
 */
export async function assignmentOptions(ctx: ServiceContext) {
  const actor = ctx.actor;
  if (!canUseAssignments(actor)) throw forbidden();
  const [enabled, allClasses, taught] = await Promise.all([
    ctx.db.select({ id: subjects.id, name: subjects.name, code: subjects.code }).from(subjects).where(eq(subjects.enabled, true)).orderBy(asc(subjects.code)).all(),
    ctx.db
      .select({ id: classes.id, name: classes.name, gradeName: grades.name })
      .from(classes)
      .innerJoin(grades, eq(grades.id, classes.gradeId))
      .orderBy(asc(grades.sortOrder), asc(classes.sortOrder), asc(classes.name))
      .all(),
    ctx.db
      .select({ classId: classTeachers.classId, subjectId: classTeachers.subjectId })
      .from(classTeachers)
      .where(and(eq(classTeachers.memberId, actor.memberId), eq(classTeachers.role, 'subject')))
      .all(),
  ]);
  const inScope = await classIdsInScope(actor, ctx.db);
  const subjectsOut = enabled.flatMap((s) => {
    const allowed = assignableClassIds(actor, inScope, taught.filter((t) => t.subjectId === s.id).map((t) => t.classId));
    const list = allClasses.filter((c) => allowed === null || allowed.has(c.id));
    return list.length ? [{ id: s.id, name: s.name, code: s.code, classes: list }] : [];
  });
  return { subjects: subjectsOut };
}
