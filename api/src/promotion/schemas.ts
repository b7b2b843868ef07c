import * as v from 'valibot';
import { SchoolYear } from '../home-school/schemas';
import { PageQuery } from '../lib/paging';

const Id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40));

export const FetchInput = v.strictObject({
  /** The school year whose B08 table to fetch, e.g. 2026/2027. */
  schoolYear: SchoolYear,
});

export const SyncInput = v.strictObject({
  /** A school year fetched before (從教青局同步). */
  schoolYear: SchoolYear,
  /** 校區: the campus of the contacts the grades and classes go under. */
  campusId: Id,
  /** The language of the grade and class names (創建學年/班級時的語言). */
  language: v.picklist(['zh-Hant', 'en', 'pt']),
  /** 是否為學生/家長創建不同的班級: a students' class and a parents' class per B08 class. */
  separateParentClasses: v.boolean(),
});

export const PreviewStudentsQuery = v.strictObject({
  ...PageQuery,
  /** The grade code of the class drilled into (as in the file), e.g. P5. */
  gradeCode: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(10))),
  /** The class name as in the file, e.g. 小五甲班. */
  className: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  /** `1`: only records with anomalies (without a class: the whole file's anomaly list). */
  anomaly: v.optional(v.picklist(['0', '1'])),
  /** The upload being read: once a newer file is uploaded its pages are 409 b01_stale, so one list never mixes two files. */
  uploadId: v.optional(Id),
});

export const ApplyInput = v.strictObject({
  /** The upload previewed: refused when a newer file came since (b01_stale). */
  uploadId: Id,
});

export const LogQuery = v.strictObject({ ...PageQuery });
