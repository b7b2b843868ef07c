import type { campuses, classes, grades, students, subjects, transfers } from '../../../db/schema';
import type { ClassCounts } from './get-tree';

type Campus = typeof campuses.$inferSelect;
type Grade = typeof grades.$inferSelect;
type Class = typeof classes.$inferSelect;

const ZERO: ClassCounts = { students: 0, joined: 0, parents: 0 };

export const presentCampus = (c: Campus) => ({ id: c.id, name: c.name, sortOrder: c.sortOrder });

export const presentGrade = (g: Grade) => ({
  id: g.id,
  campusId: g.campusId,
  name: g.name,
  code: g.code,
  schoolYear: g.schoolYear,
  sortOrder: g.sortOrder,
});

export const presentClass = (c: Class) => ({
  id: c.id,
  gradeId: c.gradeId,
  name: c.name,
  schoolYear: c.schoolYear,
  source: c.source,
  audience: c.audience,
  sortOrder: c.sortOrder,
});

/** The tree with counts summed up each level. */
export function presentTree(campusRows: Campus[], gradeRows: Grade[], classRows: Class[], counts: Map<string, ClassCounts>) {
  const sum = (list: { studentCount: number; joinedCount: number }[]) => ({
    studentCount: list.reduce((n, x) => n + x.studentCount, 0),
    joinedCount: list.reduce((n, x) => n + x.joinedCount, 0),
  });
  const tree = campusRows.map((campus) => {
    const gradeList = gradeRows
      .filter((g) => g.campusId === campus.id)
      .map((grade) => {
        const classList = classRows
          .filter((c) => c.gradeId === grade.id)
          .map((c) => {
            const n = counts.get(c.id) ?? ZERO;
            return { ...presentClass(c), studentCount: n.students, joinedCount: n.joined, parentCount: n.parents };
          });
        return { ...presentGrade(grade), ...sum(classList), classes: classList };
      });
    return { ...presentCampus(campus), ...sum(gradeList), grades: gradeList };
  });
  return { campuses: tree, totals: sum(tree) };
}

export interface GuardianView {
  studentId: string;
  memberId: string;
  name: string;
  relation: string;
  areaCode: string;
  phone: string | null;
  joinedAt: Date | null;
  status: string;
}

export interface ClassView {
  id: string;
  name: string;
  schoolYear: string;
  gradeName: string;
  campusName: string;
}

export const presentGuardian = (g: GuardianView) => ({
  memberId: g.memberId,
  name: g.name,
  relation: g.relation,
  areaCode: g.areaCode,
  phone: g.phone,
  joined: g.joinedAt !== null,
  status: g.status,
});

/** A student in lists and detail: identity, class, guardians; `joined` = a guardian joined. */
export function presentStudent(s: typeof students.$inferSelect, cls: ClassView | null, guardianRows: GuardianView[]) {
  const list = guardianRows.map(presentGuardian);
  return {
    id: s.id,
    name: s.name,
    educationId: s.educationId,
    tempNumber: s.tempNumber,
    birthDate: s.birthDate,
    status: s.status,
    memberId: s.memberId,
    class: cls ? { id: cls.id, name: cls.name, schoolYear: cls.schoolYear, gradeName: cls.gradeName, campusName: cls.campusName } : null,
    guardians: list,
    joined: list.some((g) => g.joined),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export const presentSubject = (s: typeof subjects.$inferSelect) => ({ id: s.id, name: s.name, code: s.code, enabled: s.enabled });

export const presentTransfer = (t: typeof transfers.$inferSelect, studentName: string, fromClassName: string | null) => ({
  id: t.id,
  studentId: t.studentId,
  studentName,
  fromClassId: t.fromClassId,
  fromClassName,
  toSchool: t.toSchool,
  reason: t.reason,
  byMemberId: t.byMemberId,
  at: t.at.toISOString(),
});
