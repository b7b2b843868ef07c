import { eq, inArray } from 'drizzle-orm';
import * as v from 'valibot';
import type { SchoolDbOrTx } from '../../../../db/client';
import { files, hwAttempts } from '../../../../db/schema';
import { ApiError } from '../../lib/errors';
import type { Locale } from '../../lib/i18n';
import { issueToError } from '../../lib/validate';
import type { DefinitionQuestion } from '../definitions/load-definition';
import { AnswerSchemas } from '../question-types';
import { attemptFileIds } from './get-mine';

/** Re-aims a validation error at `answers.<questionId>` (and the part of the answer at fault). */
function answerError(issue: v.BaseIssue<unknown>, field: string, locale: Locale): ApiError {
  const inner = issueToError(issue, locale);
  const at = inner.field && inner.field !== 'body' ? `${field}.${inner.field}` : field;
  return new ApiError(inner.code, { field: at, params: { ...inner.options.params, field: at } });
}

/**
 * X-03 checks of the answers against the homework's questions, naming the field at fault: a
 * key that is not one of its questions is `unknown_field answers.<id>`; an answer not in its
 * type's shape (question-types.ts `AnswerSchemas`) is `invalid_field answers.<id>`; an upload
 * question holds at most its `maxFiles`.
 */
export function checkAnswers(questions: ReadonlyMap<string, DefinitionQuestion>, answers: Record<string, unknown>, locale: Locale): void {
  for (const [id, answer] of Object.entries(answers)) {
    const field = `answers.${id}`;
    const q = questions.get(id);
    if (!q) throw new ApiError('unknown_field', { field, params: { field } });
    const result = v.safeParse(AnswerSchemas[q.type], answer);
    if (!result.success) throw answerError(result.issues[0], field, locale);
    if (q.type === 'file') {
      const most = v.safeParse(v.pipe(v.array(v.unknown()), v.maxLength(Number(q.body.maxFiles ?? 10))), answer);
      if (!most.success) throw answerError(most.issues[0], field, locale);
    }
  }
}

/**
 * The files named by the answers and `fileIds` must exist and be the caller's own uploads, or
 * already be part of this homework (a parent saving over files the student uploaded): a
 * stranger's file id never reaches the teacher through a submission.
 */
export async function checkFiles(tx: SchoolDbOrTx, memberId: string, submissionId: string, named: { field: string; ids: readonly string[] }[]): Promise<void> {
  const all = [...new Set(named.flatMap((n) => n.ids))];
  if (all.length === 0) return;
  const found = await tx.select({ id: files.id, ownerId: files.ownerId }).from(files).where(inArray(files.id, all)).all();
  const earlier = new Set(
    (await tx.select({ fileIds: hwAttempts.fileIds, answers: hwAttempts.answers }).from(hwAttempts).where(eq(hwAttempts.submissionId, submissionId)).all()).flatMap(
      attemptFileIds,
    ),
  );
  const ok = new Set(found.filter((f) => f.ownerId === memberId || earlier.has(f.id)).map((f) => f.id));
  for (const { field, ids } of named) {
    const bad = ids.filter((id) => !ok.has(id));
    if (bad.length) throw new ApiError('unknown_ref', { field, params: { field, ref: bad.join(', ') } });
  }
}
