import { eq } from 'drizzle-orm';
import { hwAttempts, hwSubmissions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, invalid } from '../../lib/errors';
import type { Locale } from '../../lib/i18n';
import { enqueueMessages } from '../../messages/enqueue';
import { deliveryTime } from '../../notices/quiet-hours';
import { applyMarks, type MarkProblem } from './apply-marks';
import { questionsOf, submissionView } from './get-submission';
import type { GradeBody } from './schemas';
import { recipientsOf, scoreMessage, scoreMessageKey } from './score-messages';
import { attemptsOf, submissionFor } from './submission-access';

const DETAIL: Record<'missing' | 'unscored', Record<Locale, string>> & { over: Record<Locale, (max: number) => string> } = {
  missing: { 'zh-Hant': '請填寫分數', en: 'a score is required', pt: 'a pontuação é obrigatória' },
  unscored: { 'zh-Hant': '此作業不計分', en: 'this homework is not scored', pt: 'este trabalho de casa não tem pontuação' },
  over: { 'zh-Hant': (m) => `不能超過 ${m} 分`, en: (m) => `must lie between 0 and ${m}`, pt: (m) => `tem de estar entre 0 e ${m}` },
};

function refusal(p: MarkProblem, locale: Locale): ApiError {
  if (p.kind === 'unknown') return new ApiError('unknown_ref', { field: p.field, params: { field: p.field, ref: p.questionId } });
  if (p.kind === 'over') return invalid(p.field, DETAIL.over[locale](p.max));
  return invalid(p.field, DETAIL[p.kind][locale]);
}

/**
 * HW-07 批改 → 保存: the teacher's marks, 備注 and 完結 / 需訂正 on the latest attempt, which
 * must have been handed in. Stores the marks and the attempt's score, and the submission's
 * score, remark, verdict, status (graded or correction), grader and time. Before 發佈分數 the
 * student sees nothing yet (HW-08 tells them); in 反饋 the grade is shown at once and the
 * student is told (退回訂正, manual §9) — once per attempt and verdict. Refused in 草稿 and
 * once 已完結 (HW-10).
 */
export async function gradeSubmission(ctx: ServiceContext, id: string, submissionId: string, input: GradeBody) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment, submission, manages } = await submissionFor(tx, ctx.actor, id, submissionId, 'manage');
    if (assignment.status === 'closed') throw new ApiError('assignment_closed');
    if (assignment.status === 'draft') throw new ApiError('assignment_draft');
    const attempts = await attemptsOf(tx, submission.id);
    const latest = attempts.at(-1);
    if (!latest || latest.status !== 'submitted') throw new ApiError('submission_not_submitted');
    const sections = await questionsOf(tx, assignment);
    const questions = sections.flatMap((s) => s.items.map((i) => ({ id: i.questionId, score: i.score })));
    const result = applyMarks(questions, latest.marks, input.marks, assignment.scored, input.verdict === 'done');
    if (!result.ok) throw refusal(result.problem, ctx.locale);

    const feedback = assignment.status === 'feedback';
    const status = input.verdict === 'done' ? 'graded' : 'correction';
    await tx.update(hwAttempts).set({ marks: result.marks, score: result.score, updatedAt: now }).where(eq(hwAttempts.id, latest.id));
    await tx
      .update(hwSubmissions)
      .set({
        score: result.score,
        remark: input.remark,
        verdict: input.verdict,
        status,
        gradedAt: now,
        graderId: ctx.actor?.memberId ?? null,
        updatedAt: now,
        ...(feedback ? { notifiedAt: now } : {}),
      })
      .where(eq(hwSubmissions.id, submission.id));
    if (feedback) {
      const kind = input.verdict === 'done' ? 'graded' : 'correction';
      const deliverAfter = await deliveryTime(tx, now, false);
      const recipients = await recipientsOf(tx, [submission.studentId]);
      await enqueueMessages(
        tx,
        ctx,
        recipients.map((r) => ({ ...scoreMessage(r, kind, assignment, result.score, scoreMessageKey(assignment.id, kind, r.studentId, latest.number)), deliverAfter })),
      );
    }
    await writeAudit(tx, ctx, {
      action: 'homework.grade',
      targetType: 'homework-submission',
      targetId: submission.id,
      before: { status: submission.status, score: submission.score, verdict: submission.verdict, remark: submission.remark, marks: latest.marks },
      after: { status, score: result.score, verdict: input.verdict, remark: input.remark, marks: result.marks, attempt: latest.number, assignmentId: assignment.id },
    });
    const after = await submissionFor(tx, ctx.actor, id, submissionId, 'view');
    return submissionView(tx, ctx, after.assignment, after.submission, manages);
  });
}
