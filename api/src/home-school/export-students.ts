import { and, eq, inArray } from 'drizzle-orm';
import { campuses, classes, grades, students } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { managedClassIds, requireAdmin, requireManagedClass } from './access';
import { guardiansOf } from './guardian-members';
import { formatPhone } from './identity';
import { importableClasses } from './import-students';
import { type SheetRow, studentsWorkbook, templateWorkbook } from './student-sheet';

/**
 * CT-02 批量導出: the active students of the classes the caller manages (or one of
 * them), one row per guardian, with the screen's headers; opens in Excel and LibreOffice.
 */
export async function exportStudents(ctx: ServiceContext, input: { classId?: string }) {
  const actor = requireAdmin(ctx.actor);
  const only = input.classId ? await requireManagedClass(ctx.db, actor, input.classId, 'classId') : null;
  const managed = input.classId ? [input.classId] : await managedClassIds(ctx.db, actor);
  const rows =
    managed !== 'all' && managed.length === 0
      ? []
      : await ctx.db
          .select({ s: students, className: classes.name, gradeName: grades.name, campusName: campuses.name })
          .from(students)
          .innerJoin(classes, eq(classes.id, students.classId))
          .innerJoin(grades, eq(grades.id, classes.gradeId))
          .innerJoin(campuses, eq(campuses.id, grades.campusId))
          .where(and(eq(students.status, 'active'), managed === 'all' ? undefined : inArray(students.classId, managed)))
          .orderBy(campuses.sortOrder, grades.sortOrder, classes.sortOrder, classes.name, students.name, students.id)
          .all();
  const links = await guardiansOf(ctx.db, rows.map((r) => r.s.id));
  const byStudent = new Map<string, typeof links>();
  for (const g of links) byStudent.set(g.studentId, [...(byStudent.get(g.studentId) ?? []), g]);
  const sheet: SheetRow[] = rows.flatMap((r) => {
    const base = {
      校部: r.campusName,
      年級: r.gradeName,
      班級: r.className,
      學生姓名: r.s.name,
      教育證編號: r.s.educationId ?? r.s.tempNumber ?? '',
      出生日期: r.s.birthDate ?? '',
    };
    const gs = byStudent.get(r.s.id) ?? [];
    if (gs.length === 0) return [{ ...base, 家長姓名: '', 關係: '', 家長手機: '', 加入狀態: '' }];
    return gs.map((g) => ({
      ...base,
      家長姓名: g.name,
      關係: g.relation,
      家長手機: formatPhone(g.areaCode, g.phone),
      加入狀態: g.joinedAt ? '已加入' : '未加入',
    }));
  });
  const fileName = only ? `${only.name}-學生家長.xlsx` : '學生家長.xlsx';
  return { bytes: await studentsWorkbook(sheet), fileName };
}

/** The import template: headers, notes and the classes the caller may import into. */
export async function importTemplate(ctx: ServiceContext) {
  requireAdmin(ctx.actor);
  const list = await importableClasses(ctx.db, ctx);
  const bytes = await templateWorkbook(list.map((c) => ({ campus: c.campusName, grade: c.gradeName, name: c.name })));
  return { bytes, fileName: '學生家長匯入範本.xlsx' };
}
