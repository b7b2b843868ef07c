import * as v from 'valibot';
import { questionTypes } from '../../../../db/schema/homework';
import { Id } from '../bank/schemas';

/** The largest import file (the request body limit is the same 1 MB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** The most questions one import may hold. */
export const MAX_IMPORT_QUESTIONS = 500;

/** HW-01 匯入: a Moodle XML or GIFT file's text, previewed or imported as drafts. */
export const ImportQuestionsBody = v.strictObject({
  /** `moodle`: Moodle XML; `gift`: Moodle's GIFT text format. */
  format: v.picklist(['moodle', 'gift']),
  /** The enabled subject every imported question belongs to. */
  subjectId: Id,
  /** The file's text (UTF-8), at most 1 MB. */
  text: v.pipe(v.string(), v.minLength(1), v.maxBytes(MAX_IMPORT_BYTES)),
  /** true: only list what would be imported, with the reason for each question that cannot be. */
  dryRun: v.optional(v.boolean(), false),
});
export type ImportQuestionsInput = v.InferOutput<typeof ImportQuestionsBody>;

/** HW-01 匯出: the questions of one subject as Moodle XML. */
export const ExportQuestionsQuery = v.strictObject({
  /** The subject (its code names the file). */
  subjectId: Id,
  /** Only this type. */
  type: v.optional(v.picklist(questionTypes)),
  /** Only drafts or only published questions. */
  status: v.optional(v.picklist(['draft', 'published'])),
});
export type ExportQuestionsInput = v.InferOutput<typeof ExportQuestionsQuery>;
