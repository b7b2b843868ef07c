import { and, eq, inArray } from 'drizzle-orm';
import * as v from 'valibot';
import type { SchoolDbOrTx } from '../../../../db/client';
import { files, subjects } from '../../../../db/schema';
import type { QuestionType } from '../../../../db/schema/homework';
import { ApiError } from '../../lib/errors';
import type { Locale } from '../../lib/i18n';
import { issueToError } from '../../lib/validate';
import { contentProblem, QuestionContent } from '../question-types';

/**
 * Checks a question's type, body and key together (HW-01): the per-type shape first, then
 * what a schema cannot say (keys naming options that exist …). The error names the field as
 * the request spells it, e.g. `answerKey.optionId`. Returns the normalised content.
 */
export function checkContent(input: { type: QuestionType; body: unknown; answerKey: unknown }, locale: Locale): QuestionContent {
  const parsed = v.safeParse(QuestionContent, { type: input.type, body: input.body, answerKey: input.answerKey });
  if (!parsed.success) throw issueToError(parsed.issues[0] as v.BaseIssue<unknown>, locale);
  const field = contentProblem(parsed.output);
  if (field) throw new ApiError('question_content_invalid', { field, params: { field } });
  return parsed.output;
}

/** TT-07: a subject picked for a question or definition exists and is enabled. */
export async function requireEnabledSubject(db: SchoolDbOrTx, subjectId: string, field = 'subjectId'): Promise<void> {
  const subject = await db.select({ enabled: subjects.enabled }).from(subjects).where(eq(subjects.id, subjectId)).get();
  if (!subject) throw new ApiError('unknown_ref', { field, params: { field, ref: subjectId } });
  if (!subject.enabled) throw new ApiError('subject_disabled', { field });
}

/**
 * Attachments must be files the caller uploaded, or ones the question already holds (so an
 * edit keeps them). Duplicates are dropped; the field names the first id that fails.
 */
export async function checkAttachments(db: SchoolDbOrTx, ownerId: string, ids: string[], kept: readonly string[] = []): Promise<string[]> {
  const wanted = ids.filter((id) => !kept.includes(id));
  const owned = wanted.length
    ? new Set(
        (await db.select({ id: files.id }).from(files).where(and(inArray(files.id, wanted), eq(files.ownerId, ownerId))).all()).map((f) => f.id),
      )
    : new Set<string>();
  ids.forEach((id, i) => {
    if (!kept.includes(id) && !owned.has(id)) throw new ApiError('unknown_ref', { field: `attachmentIds.${i}`, params: { field: `attachmentIds.${i}`, ref: id } });
  });
  return [...new Set(ids)];
}
