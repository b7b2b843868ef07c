import { and, desc, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwAttempts, hwSubmissions } from '../../../../db/schema';
import type { QuestionMarks } from '../../../../db/schema/homework';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { type DefinitionQuestion, loadAssignedDefinition } from '../definitions/load-definition';
import { markAttempt } from '../marking';
import type { QuestionContent } from '../question-types';
import { type AssignmentRow, canUseMine, mySubmission } from './access';
import { checkAnswers, checkFiles } from './check-answers';
import { canHandIn, mineView } from './get-mine';
import type { SaveAnswersBody } from './schemas';

/**
 * HW-07 marks of a submitted attempt: auto-marked questions scored at once, the others left
 * for the teacher. 附件上傳 homework is answered in files, so all of it is graded by hand.
 * The score is the sum once every question has a mark, null while some wait for the teacher
 * (and always on an unscored homework).
 */
function marksOf(a: AssignmentRow, items: { question: DefinitionQuestion; score: number | null }[], answers: Record<string, unknown>) {
  if (a.kind === 'upload') {
    const marks: QuestionMarks = Object.fromEntries(items.map((i) => [i.question.id, { score: null, auto: false }]));
    return { marks, score: null };
  }
  const questions = items.map((i) => ({
    id: i.question.id,
    content: { type: i.question.type, body: i.question.body, answerKey: i.question.answerKey } as QuestionContent,
    score: a.scored ? i.score : null,
  }));
  const m = markAttempt(questions, answers);
  return { marks: m.marks, score: a.scored && m.complete ? m.autoScore : null };
}

/**
 * PUT /mine/:assignmentId — 保存 or 提交 (HW-07, HW-09, HW-10). Saving keeps one 'saved'
 * attempt (updated on each save); submitting marks it, and marks it late after the deadline.
 * A homework returned for correction (需訂正, after the scores were released) starts a NEW
 * attempt: a submitted attempt is never changed. Refused once handed in (until returned) and
 * once 已完結. One transaction; the submission is audited.
 */
export async function saveAnswers(ctx: ServiceContext, assignmentId: string, input: SaveAnswersBody) {
  if (!canUseMine(ctx.actor)) throw forbidden();
  const actor = ctx.actor;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const found = await mySubmission(tx, actor, assignmentId, input.studentId);
    const { assignment: a, submission: s } = found;
    if (a.status === 'closed') throw new ApiError('assignment_closed');
    if (a.status === 'draft') throw new ApiError('assignment_draft');
    if (!canHandIn(a, s)) throw new ApiError('homework_submitted');
    const items = ((await loadAssignedDefinition(tx, ctx.school.id, a.definitionId))?.sections ?? []).flatMap((sec) => sec.items);
    checkAnswers(new Map(items.map((i) => [i.question.id, i.question])), input.answers, ctx.locale);
    const fileAnswers = items.filter((i) => i.question.type === 'file' && Array.isArray(input.answers[i.question.id]));
    await checkFiles(tx, actor.memberId, s.id, [
      { field: 'fileIds', ids: input.fileIds },
      ...fileAnswers.map((i) => ({ field: `answers.${i.question.id}`, ids: input.answers[i.question.id] as string[] })),
    ]);
    if (input.submit && a.kind === 'upload' && input.fileIds.length === 0) throw new ApiError('homework_files_required', { field: 'fileIds' });

    const last = await tx.select().from(hwAttempts).where(eq(hwAttempts.submissionId, s.id)).orderBy(desc(hwAttempts.number)).limit(1).get();
    const number = last?.status === 'saved' ? last.number : (last?.number ?? 0) + 1;
    const late = input.submit && a.deadline !== null && now.getTime() > a.deadline.getTime();
    const marked = input.submit ? marksOf(a, items, input.answers) : { marks: {}, score: null };
    const values = {
      answers: input.answers,
      fileIds: input.fileIds,
      status: input.submit ? ('submitted' as const) : ('saved' as const),
      submittedAt: input.submit ? now : null,
      late,
      marks: marked.marks,
      score: marked.score,
      byMemberId: actor.memberId,
      updatedAt: now,
    };
    if (last?.status === 'saved') await tx.update(hwAttempts).set(values).where(eq(hwAttempts.id, last.id));
    else await tx.insert(hwAttempts).values({ id: newId(now.getTime()), submissionId: s.id, number, createdAt: now, ...values });

    await updateSubmission(tx, s.id, s.status, number, input.submit ? { score: marked.score } : null, now);
    if (input.submit) {
      await writeAudit(tx, ctx, {
        action: 'homework.submit',
        targetType: 'homework-submission',
        targetId: s.id,
        before: { status: s.status },
        after: { assignmentId, studentId: s.studentId, attempt: number, late, score: marked.score },
      });
    }
    const fresh = await tx.select().from(hwSubmissions).where(eq(hwSubmissions.id, s.id)).get();
    return mineView(tx, ctx, { ...found, submission: fresh ?? s }, input.studentId !== undefined);
  });
}

/**
 * The submission follows its latest attempt. Submitting: 已提交, its auto score, no verdict and
 * no grading yet (a correction waits to be graded again). Saving: 已保存, except that a
 * homework returned for correction stays 需訂正 until the correction is handed in. The
 * status in the where keeps a concurrent submit from being handed in twice.
 */
async function updateSubmission(tx: SchoolDbOrTx, id: string, was: string, number: number, submitted: { score: number | null } | null, now: Date) {
  const open = inArray(hwSubmissions.status, ['not_started', 'saved', 'correction']);
  const set = submitted
    ? { status: 'submitted' as const, score: submitted.score, verdict: null, gradedAt: null, attemptCount: number, updatedAt: now }
    : { status: was === 'correction' ? ('correction' as const) : ('saved' as const), attemptCount: number, updatedAt: now };
  const done = await tx
    .update(hwSubmissions)
    .set(set)
    .where(and(eq(hwSubmissions.id, id), open))
    .returning({ id: hwSubmissions.id });
  if (done.length === 0) throw new ApiError('homework_submitted');
}
