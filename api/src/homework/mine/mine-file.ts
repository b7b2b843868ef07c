import { eq } from 'drizzle-orm';
import { hwAttempts } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { fileResponse } from '../../notices/notice-files';
import { loadDefinitionQuestions } from '../definitions/load-definition';
import { mySubmission } from './access';
import { attemptFileIds } from './get-mine';

/**
 * A file of one's homework (GET /files/:id serves owners only): an attachment of one of its
 * questions, or a file of one of the student's attempts, whoever uploaded it (the student or
 * a parent). Anything else is a 404.
 */
export async function mineFile(ctx: ServiceContext, assignmentId: string, fileId: string, studentId?: string): Promise<Response> {
  const { assignment, submission } = await mySubmission(ctx.db, ctx.actor, assignmentId, studentId);
  const loaded = await loadDefinitionQuestions(ctx.db, assignment.definitionId);
  const attached = (loaded?.sections ?? []).some((s) => s.items.some((i) => i.question.attachmentIds.includes(fileId)));
  if (!attached) {
    const attempts = await ctx.db.select({ fileIds: hwAttempts.fileIds, answers: hwAttempts.answers }).from(hwAttempts).where(eq(hwAttempts.submissionId, submission.id)).all();
    if (!attempts.some((at) => attemptFileIds(at).includes(fileId))) throw notFound();
  }
  return fileResponse(ctx, fileId);
}
