import * as v from 'valibot';
import { PageQuery } from '../lib/paging';

/** Inputs of the home-school tree, teaching assignments and subjects (students: student-schemas.ts). */

/** A record id (our ids are 26 characters). */
export const Id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40));
export const IdParam = v.object({ school: v.string(), id: Id });
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(50));
const SortOrder = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

/** A school year such as `2026/2027`: two consecutive years. */
export const SchoolYear = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\d{4}\/\d{4}$/, 'school year: 2026/2027'),
  v.check((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'school year: consecutive years'),
);

export const TreeQuery = v.strictObject({
  /** Only grades of this school year, e.g. `2026/2027`. */
  schoolYear: v.optional(SchoolYear),
});

export const CampusInput = v.strictObject({
  /** 校部 name, e.g. 本校. */
  name: Name,
  /** Position among campuses, ascending. */
  sortOrder: v.optional(SortOrder),
});
export const CampusPatch = v.partial(CampusInput);

const gradeFields = {
  /** The campus the grade belongs to. */
  campusId: Id,
  /** 年級 name, e.g. 小一. */
  name: Name,
  /** The bureau's grade code (P1…P6, J1…J3, S1…S3, K1…K3). */
  code: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9]{1,10}$/, 'code: letters and digits')))),
  /** e.g. 2026/2027. */
  schoolYear: SchoolYear,
  /** Position among the campus's grades, ascending. */
  sortOrder: v.optional(SortOrder),
};
export const GradeInput = v.strictObject(gradeFields);
export const GradePatch = v.partial(GradeInput);

const classFields = {
  /** The grade the class belongs to. */
  gradeId: Id,
  /** 班級 name, e.g. 小一甲班. */
  name: Name,
  /** Defaults to the grade's school year. */
  schoolYear: v.optional(SchoolYear),
  /** Position among the grade's classes, ascending. */
  sortOrder: v.optional(SortOrder),
  /** Who the class is for, when students and parents have separate classes (PRM-01). */
  audience: v.optional(v.picklist(['all', 'students', 'parents'])),
};
export const ClassInput = v.strictObject(classFields);
export const ClassPatch = v.partial(ClassInput);

export const SetTeachersInput = v.strictObject({
  /** 班主任: staff members with the teacher identity. */
  homeroom: v.pipe(v.array(Id), v.maxLength(10)),
  /** 任課老師: a teacher and an enabled subject each. */
  subjects: v.pipe(v.array(v.strictObject({ memberId: Id, subjectId: Id })), v.maxLength(100)),
});

export const SubjectsQuery = v.strictObject({
  ...PageQuery,
  /** `1` enabled only, `0` disabled only. */
  enabled: v.optional(v.picklist(['0', '1'])),
});

const subjectFields = {
  /** 科目 name, e.g. 數學. */
  name: Name,
  /** Unique code, e.g. MATH. */
  code: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9_-]{1,20}$/, 'code: letters, digits, - or _')),
  /** Disabled subjects stay on old records but cannot be assigned. */
  enabled: v.optional(v.boolean()),
};
export const SubjectInput = v.strictObject(subjectFields);
export const SubjectPatch = v.partial(SubjectInput);

export const PagedQuery = v.strictObject({ ...PageQuery });
