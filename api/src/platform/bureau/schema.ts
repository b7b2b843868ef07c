import * as v from 'valibot';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const isoDate = v.pipe(v.string(), v.isoDate());
const localized = v.strictObject({ 'zh-Hant': text, en: text, pt: text });

/**
 * A student as the bureau lists them. Education IDs are kept in the bureau's printed form:
 * seven digits, a hyphen, one check digit (`1234567-8`); the check digit is not verified here
 * (the bureau owns that rule), only the shape.
 */
export const BureauStudentSchema = v.strictObject({
  educationId: v.pipe(v.string(), v.regex(/^\d{7}-\d$/, 'expected 7 digits, hyphen, check digit')),
  name: text,
  birthDate: isoDate,
  grade: v.nullable(text),
  className: v.nullable(text),
  /** Whose card it is: a student's (the default), a teacher's (教學人員證) or a staff member's (職員證). */
  holder: v.optional(v.picklist(['student', 'teacher', 'staff']), 'student'),
});

export const BureauClassSchema = v.strictObject({
  gradeCode: v.pipe(v.string(), v.regex(/^[A-Z]\d{1,2}$/, 'expected a grade code like P1, J3, S2')),
  gradeName: localized,
  className: localized,
  campus: text,
});

export const BureauEventSchema = v.pipe(
  v.strictObject({
    id: text,
    type: v.picklist(['假期', '課堂教學', '考試或評核', '餘暇活動', '其他教育活動', '其他']),
    title: text,
    content: v.string(),
    startDate: isoDate,
    endDate: isoDate,
    classes: v.array(text),
  }),
  v.forward(
    v.partialCheck([['startDate'], ['endDate']], (e) => e.endDate >= e.startDate, 'endDate is before startDate'),
    ['endDate'],
  ),
);

const schoolYear = v.pipe(v.string(), v.regex(/^\d{4}\/\d{4}$/, 'expected a school year like 2026/2027'));

const SchoolSchema = v.strictObject({
  students: v.pipe(
    v.array(BureauStudentSchema),
    v.check((list) => new Set(list.map((s) => s.educationId)).size === list.length, 'an educationId appears twice'),
  ),
  b08: v.record(schoolYear, v.array(BureauClassSchema)),
  calendar: v.record(schoolYear, v.array(BureauEventSchema)),
});

/** A bureau data file: per school code, its students, B08 tables and calendars by school year. */
export const BureauDataSchema = v.strictObject({
  /** Free text for whoever edits the file (JSON has no comments). */
  $comment: v.optional(v.string()),
  schools: v.record(v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'expected a school code like B-888')), SchoolSchema),
});

export type BureauData = v.InferOutput<typeof BureauDataSchema>;

/**
 * Validates loaded bureau data. Throws an Error naming the first bad field by its path, e.g.
 * `bureau.json: schools.B-888.students.3.birthDate: Invalid date: …`.
 */
export function parseBureauData(input: unknown, source = 'bureau data'): BureauData {
  const result = v.safeParse(BureauDataSchema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new Error(`${source}: ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
}
