import * as v from 'valibot';
import { normalizeBirthDate, normalizeEducationId, normalizeTempNumber } from '../home-school/identity';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { formatMessage } from '../lib/i18n';
import { issueToError } from '../lib/validate';
import { GRADE_CODES } from './grade-order';

/**
 * The B01 file we accept (docs/B01-FORMAT.md): the bureau's student registration export.
 * The file is refused whole (PRM-07) when it is not such an export — not an object, another
 * form or school, a record that is not an object or lacks a field, a field of the wrong JSON
 * type. A record whose values the bureau would never produce (an ID of the wrong shape, an
 * unknown grade code, an empty class) is kept and shown as a `malformed` anomaly.
 * Fields we do not know are ignored, so a newer export still loads.
 */

export const MAX_RECORDS = 10_000;
const MAX_ERRORS = 20;

const B01Record = v.object({
  educationId: v.pipe(v.string(), v.maxLength(40)),
  name: v.pipe(v.string(), v.maxLength(200)),
  gradeCode: v.pipe(v.string(), v.maxLength(10)),
  className: v.pipe(v.string(), v.maxLength(100)),
  classNumber: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)))),
  birthDate: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(20)))),
});

const B01File = v.object({
  form: v.literal('DSEDJ-B01'),
  schoolCode: v.pipe(v.string(), v.minLength(1), v.maxLength(20)),
  schoolYear: v.pipe(
    v.string(),
    v.regex(/^\d{4}\/\d{4}$/, 'school year: 2026/2027'),
    v.check((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'school year: consecutive years'),
  ),
  generatedAt: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))),
  students: v.pipe(v.array(B01Record), v.minLength(1), v.maxLength(MAX_RECORDS)),
});

export type B01File = v.InferOutput<typeof B01File>;

/** One record made comparable: canonical ID, trimmed names, upper-case grade, or why it is malformed. */
export interface B01Entry {
  educationId: string;
  name: string;
  gradeCode: string;
  className: string;
  classNumber: number | null;
  malformed: boolean;
}

/** Validates the whole file; a bad one is a 400 import_invalid listing the first errors (field + message). */
export function parseB01(ctx: ServiceContext, body: unknown): B01File {
  const result = v.safeParse(B01File, body);
  const errors = result.success ? [] : result.issues.slice(0, MAX_ERRORS).map((issue) => errorOf(ctx, issue));
  if (result.success && result.output.schoolCode.trim().toUpperCase() !== ctx.school.code.toUpperCase()) {
    errors.push({ field: 'schoolCode', message: `${result.output.schoolCode} ≠ ${ctx.school.code}` });
  }
  if (!result.success || errors.length > 0) {
    const count = result.success ? errors.length : result.issues.length;
    throw new ApiError('import_invalid', { field: errors[0]?.field ?? 'body', params: { count }, details: { errors } });
  }
  return result.output;
}

function errorOf(ctx: ServiceContext, issue: v.BaseIssue<unknown>) {
  const e = issueToError(issue, ctx.locale);
  return { field: e.field ?? 'body', message: formatMessage(e.code, ctx.locale, e.options.params) };
}

/** A record's comparable form; `malformed` when a value is not one the bureau produces. */
export function entryOf(r: B01File['students'][number], today: Date): B01Entry {
  const id = normalizeEducationId(r.educationId) ?? normalizeTempNumber(r.educationId);
  const gradeCode = r.gradeCode.trim().toUpperCase();
  const name = r.name.trim();
  const className = r.className.trim();
  const badDate = r.birthDate != null && r.birthDate !== '' && normalizeBirthDate(r.birthDate, today) === null;
  const malformed = !id || !name || !className || !(GRADE_CODES as readonly string[]).includes(gradeCode) || badDate;
  return { educationId: id ?? r.educationId.trim(), name, gradeCode, className, classNumber: r.classNumber ?? null, malformed };
}
