import type { SchoolDbOrTx } from '../client';
import { campuses, classes, classTeachers, grades, guardians, students, subjects } from '../schema';
import { newId } from '../../api/src/lib/ids';

export const DEMO_SCHOOL_YEAR = '2026/2027';

const GRADES = [
  ['小一', 'P1'],
  ['小二', 'P2'],
  ['小三', 'P3'],
  ['小四', 'P4'],
  ['小五', 'P5'],
  ['小六', 'P6'],
  ['初一', 'J1'],
  ['初二', 'J2'],
  ['初三', 'J3'],
  ['高一', 'S1'],
  ['高二', 'S2'],
  ['高三', 'S3'],
] as const;
const SECTIONS = ['甲班', '乙班'];
export const DEMO_SUBJECTS = [
  ['中文', 'CHI'],
  ['數學', 'MATH'],
  ['英文', 'ENG'],
  ['常識', 'GS'],
  ['葡文', 'POR'],
  ['體育', 'PE'],
] as const;

/** The demo families: a parent by phone, the student's own account by phone (if any), relations. */
const FAMILIES = [
  { student: '黃小明', cls: '小三甲班', educationId: '1234567-1', birthDate: '2018-03-12', parents: [['66000101', '爸爸']], self: '66000201' },
  { student: '陳嘉欣', cls: '小三甲班', educationId: '1234567-2', birthDate: '2018-07-02', parents: [['66000102', '媽媽']], self: '66000202' },
  { student: '陳嘉豪', cls: '小一甲班', educationId: '1234567-3', birthDate: '2020-01-20', parents: [['66000102', '媽媽']], self: null },
  { student: '林子軒', cls: '小三乙班', educationId: '1234567-4', birthDate: '2018-11-30', parents: [['66000103', '爸爸']], self: '66000203' },
  { student: '吳思穎', cls: '小三乙班', tempNumber: 'XX00001', birthDate: '2018-05-05', parents: [['66000104', '媽媽']], self: null },
] as const;

export interface DemoHomeSchoolIds {
  campusId: string;
  classes: Record<string, string>;
  grades: Record<string, string>;
  subjects: Record<string, string>;
  students: Record<string, string>;
}

/**
 * The demo school's home-school contacts (CT-02, CT-03): campus 本校 with grades 小一 … 高三
 * of 2026/2027, two B08 classes each, the six subjects, the demo families (陳媽媽 has two
 * children) and the teaching assignments of 李老師 and 張老師.
 */
export async function seedDemoHomeSchool(
  tx: SchoolDbOrTx,
  now: Date,
  ids: { teacher: string; zhang: string; parents: Record<string, string>; students: Record<string, string> },
): Promise<DemoHomeSchoolIds> {
  const id = () => newId(now.getTime());
  const out: DemoHomeSchoolIds = { campusId: id(), classes: {}, grades: {}, subjects: {}, students: {} };
  await tx.insert(campuses).values({ id: out.campusId, name: '本校', sortOrder: 0, createdAt: now });
  const gradeRows = GRADES.map(([name, code], i) => {
    out.grades[name] = id();
    return { id: out.grades[name], campusId: out.campusId, name, code, schoolYear: DEMO_SCHOOL_YEAR, sortOrder: i, createdAt: now };
  });
  await tx.insert(grades).values(gradeRows);
  const classRows = gradeRows.flatMap((g) =>
    SECTIONS.map((section, i) => {
      const name = `${g.name}${section}`;
      out.classes[name] = id();
      return { id: out.classes[name], gradeId: g.id, name, schoolYear: DEMO_SCHOOL_YEAR, source: 'b08' as const, sortOrder: i, createdAt: now };
    }),
  );
  await tx.insert(classes).values(classRows);
  await tx.insert(subjects).values(
    DEMO_SUBJECTS.map(([name, code]) => {
      out.subjects[code] = id();
      return { id: out.subjects[code], name, code, enabled: true, createdAt: now };
    }),
  );
  for (const f of FAMILIES) {
    const studentId = id();
    out.students[f.student] = studentId;
    const self = f.self ? (ids.students[f.self] ?? null) : null;
    await tx.insert(students).values({
      id: studentId,
      name: f.student,
      educationId: 'educationId' in f ? f.educationId : null,
      tempNumber: 'tempNumber' in f ? f.tempNumber : null,
      birthDate: f.birthDate,
      classId: out.classes[f.cls],
      memberId: self,
      createdAt: now,
      updatedAt: now,
    });
    const links: { memberId: string; relation: string }[] = f.parents.flatMap(([phone, relation]) =>
      ids.parents[phone] ? [{ memberId: ids.parents[phone], relation }] : [],
    );
    if (self) links.push({ memberId: self, relation: '本人' });
    if (links.length) await tx.insert(guardians).values(links.map((l) => ({ studentId, ...l, createdAt: now })));
  }
  const c = out.classes;
  const s = out.subjects;
  await tx.insert(classTeachers).values([
    { id: id(), classId: c['小三甲班'], memberId: ids.teacher, role: 'homeroom', subjectId: null },
    { id: id(), classId: c['小三甲班'], memberId: ids.teacher, role: 'subject', subjectId: s.MATH },
    { id: id(), classId: c['小三乙班'], memberId: ids.teacher, role: 'subject', subjectId: s.MATH },
    { id: id(), classId: c['小三乙班'], memberId: ids.zhang, role: 'homeroom', subjectId: null },
    { id: id(), classId: c['小三甲班'], memberId: ids.zhang, role: 'subject', subjectId: s.CHI },
    { id: id(), classId: c['小三乙班'], memberId: ids.zhang, role: 'subject', subjectId: s.CHI },
    { id: id(), classId: c['小一甲班'], memberId: ids.zhang, role: 'subject', subjectId: s.ENG },
  ]);
  return out;
}
