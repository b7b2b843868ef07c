import { eq } from 'drizzle-orm';
import { classes } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { mySubmission } from '../mine/access';
import { attemptVisible, scoresVisible, shownStatus } from '../mine/presenter';
import { questionsOf, submissionFileUrl } from './get-submission';
import { fileViews, viewFileIds } from './presenter';
import { attemptsOf, finalAttempt, submissionFor } from './submission-access';
import { buildTranscript } from './transcript';

/**
 * GET /assignments/:id/submissions/:submissionId/transcript — 成績單 for the teacher's side
 * (its managers and the teachers of its classes): the latest attempt handed in, with keys,
 * at any time (the manual opens it from 答題詳情, also once 已完結).
 */
export async function teacherTranscript(ctx: ServiceContext, id: string, submissionId: string) {
  const { assignment, submission: s } = await submissionFor(ctx.db, ctx.actor, id, submissionId, 'view');
  const sections = await questionsOf(ctx.db, assignment);
  const attempt = finalAttempt(await attemptsOf(ctx.db, s.id));
  const views = await fileViews(ctx.db, viewFileIds(sections, attempt ? [attempt] : []), submissionFileUrl(ctx.school.code, id, s.id));
  const head = {
    id: s.id,
    student: { id: s.studentId, name: s.studentName },
    className: s.className,
    status: s.status,
    score: s.score,
    remark: s.remark,
    verdict: s.verdict,
    attemptCount: s.attemptCount,
  };
  return { ...buildTranscript(head, assignment, sections, attempt, views, true), pending: false };
}

/**
 * GET /mine/:assignmentId/transcript — the same 成績單 for the student or their parent, only
 * once 發佈分數 (HW-08; before: 409 scores_not_published), without keys. It shows the latest
 * attempt whose grading the student was told of (mine/presenter.ts); a correction handed in
 * since is `pending` until graded, and the remark and verdict wait with it.
 */
export async function mineTranscript(ctx: ServiceContext, assignmentId: string, studentId?: string) {
  const { assignment, submission: s, student } = await mySubmission(ctx.db, ctx.actor, assignmentId, studentId);
  if (!assignment.scoresPublishedAt) throw new ApiError('scores_not_published');
  const released = scoresVisible(assignment, s);
  const handedIn = (await attemptsOf(ctx.db, s.id)).filter((a) => a.status === 'submitted');
  const shown = handedIn.findLast((a) => attemptVisible(released, s, a)) ?? null;
  const current = released && shown !== null && shown === handedIn.at(-1);
  const sections = await questionsOf(ctx.db, assignment);
  const query = studentId === undefined ? '' : `?studentId=${encodeURIComponent(student.id)}`;
  const views = await fileViews(
    ctx.db,
    viewFileIds(sections, shown ? [shown] : []),
    (fileId) => `/api/s/${encodeURIComponent(ctx.school.code)}/homework/mine/${assignment.id}/files/${fileId}${query}`,
  );
  const cls = await ctx.db.select({ name: classes.name }).from(classes).where(eq(classes.id, s.classId)).get();
  const head = {
    id: s.id,
    student: { id: student.id, name: student.name },
    className: cls?.name ?? '',
    status: shownStatus(s.status, current),
    score: shown?.score ?? null,
    remark: current ? s.remark : '',
    verdict: current ? s.verdict : null,
    attemptCount: s.attemptCount,
  };
  return { ...buildTranscript(head, assignment, sections, shown, views, false), pending: handedIn.length > 0 && !current };
}
