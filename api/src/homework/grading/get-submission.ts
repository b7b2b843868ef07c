import type { SchoolDbOrTx } from '../../../../db/client';
import type { ServiceContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { fileResponse } from '../../notices/notice-files';
import type { AssignmentRow } from '../assignments/access';
import { loadDefinitionQuestions } from '../definitions/load-definition';
import { assignmentSummary, fileQuestionIds, fileViews, presentAttempt, presentSections, submissionSummary, viewFileIds } from './presenter';
import { attemptsOf, neighboursOf, type SubmissionRow, submissionFor } from './submission-access';

/** Where the teacher's side downloads a file of a submission (question attachments, uploads). */
export const submissionFileUrl = (school: string, assignmentId: string, submissionId: string) => (fileId: string) =>
  `/api/s/${encodeURIComponent(school)}/homework/assignments/${assignmentId}/submissions/${submissionId}/files/${fileId}`;

/** The definition of an assignment; a completed one never changes, and one in use is never deleted. */
export async function questionsOf(db: SchoolDbOrTx, assignment: Pick<AssignmentRow, 'id' | 'definitionId'>) {
  const loaded = await loadDefinitionQuestions(db, assignment.definitionId);
  if (!loaded) throw new Error(`definition ${assignment.definitionId} of assignment ${assignment.id} is missing`);
  return loaded.sections;
}

/**
 * 查看 (HW-07): the student's homework as the grader sees it: the questions with their keys
 * and scores, every attempt handed in (第1次作答 …; a correction being drafted is the
 * student's own until handed in), and the neighbours for 下一份作業.
 */
export async function submissionView(db: SchoolDbOrTx, ctx: ServiceContext, assignment: AssignmentRow, submission: SubmissionRow, manages: boolean) {
  const sections = await questionsOf(db, assignment);
  const all = await attemptsOf(db, submission.id);
  const attempts = all.filter((a) => a.status === 'submitted');
  const views = await fileViews(db, viewFileIds(sections, attempts), submissionFileUrl(ctx.school.code, assignment.id, submission.id));
  const { prevId, nextId } = await neighboursOf(db, assignment.id, submission.id);
  const fq = fileQuestionIds(sections);
  const open = assignment.status === 'published' || assignment.status === 'feedback';
  return {
    ...submissionSummary(submission),
    assignment: assignmentSummary(assignment),
    sections: presentSections(sections, true, views),
    attempts: attempts.map((a) => presentAttempt(a, fq, views)),
    // what gradeSubmission accepts: the latest attempt handed in, not a correction being drafted
    canGrade: manages && open && all.at(-1)?.status === 'submitted',
    prevId,
    nextId,
  };
}

/** GET /assignments/:id/submissions/:submissionId: its managers and the teachers of its classes. */
export async function getSubmission(ctx: ServiceContext, id: string, submissionId: string) {
  const { assignment, submission, manages } = await submissionFor(ctx.db, ctx.actor, id, submissionId, 'view');
  return submissionView(ctx.db, ctx, assignment, submission, manages);
}

/**
 * A file of a submission for those who may view it: an attachment of one of its questions or
 * an upload of one of its handed-in attempts; any other file id is a 404 (GET /files/:id
 * serves only owners and super admins).
 */
export async function submissionFile(ctx: ServiceContext, id: string, submissionId: string, fileId: string): Promise<Response> {
  const { assignment, submission } = await submissionFor(ctx.db, ctx.actor, id, submissionId, 'view');
  const sections = await questionsOf(ctx.db, assignment);
  const attempts = (await attemptsOf(ctx.db, submission.id)).filter((a) => a.status === 'submitted');
  if (!viewFileIds(sections, attempts).includes(fileId)) throw notFound();
  return fileResponse(ctx, fileId);
}
