import { describeRoute } from 'hono-openapi';
import { download } from '../../home-school/download';
import { router } from '../../lib/hono';
import { valid } from '../../lib/validate';
import { requireActor } from '../../middleware/session';
import { exportResults } from './export-results';
import { getSubmission, submissionFile } from './get-submission';
import { mineTranscript, teacherTranscript } from './get-transcript';
import { gradeSubmission } from './grade-submission';
import { publishScores } from './publish-scores';
import { AssignmentParam, ExportQuery, GradeBody, MineParam, MineTranscriptQuery, SubmissionFileParam, SubmissionParam } from './schemas';

const tags = ['homework'];

/**
 * 批改, 發佈分數, 成績單 and 導出Excel (SPEC HW-07 … HW-11; docs/HOMEWORK.md), mounted at
 * /homework/assignments beside assignments/routes.ts. Staff only (parents and students 403);
 * an assignment the caller may not see is a 404, one they see but do not manage 403 to act.
 */
export const gradingRoutes = router()
  .use(requireActor)
  .get(
    '/:id/submissions/:submissionId',
    describeRoute({ tags, summary: 'HW-07 查看: questions with keys, every attempt, 上一份 / 下一份作業' }),
    valid('param', SubmissionParam),
    async (c) => {
      const { id, submissionId } = c.req.valid('param');
      return c.json(await getSubmission(c.var.ctx, id, submissionId));
    },
  )
  .put(
    '/:id/submissions/:submissionId/grade',
    describeRoute({ tags, summary: 'HW-07 批改 → 保存: marks, 備注, 完結 / 需訂正 (refused in 草稿 and 已完結)' }),
    valid('param', SubmissionParam),
    valid('json', GradeBody),
    async (c) => {
      const { id, submissionId } = c.req.valid('param');
      return c.json(await gradeSubmission(c.var.ctx, id, submissionId, c.req.valid('json')));
    },
  )
  .get(
    '/:id/submissions/:submissionId/transcript',
    describeRoute({ tags, summary: 'HW-11 成績單 of one student (staff)' }),
    valid('param', SubmissionParam),
    async (c) => {
      const { id, submissionId } = c.req.valid('param');
      return c.json(await teacherTranscript(c.var.ctx, id, submissionId));
    },
  )
  .get(
    '/:id/submissions/:submissionId/files/:fileId',
    describeRoute({ tags, summary: "Downloads a question's attachment or a student's upload" }),
    valid('param', SubmissionFileParam),
    async (c) => {
      const { id, submissionId, fileId } = c.req.valid('param');
      return submissionFile(c.var.ctx, id, submissionId, fileId);
    },
  )
  .post('/:id/publish-scores', describeRoute({ tags, summary: 'HW-08 發佈分數 → 反饋: students told graded / 需訂正 / 補交' }), valid('param', AssignmentParam), async (c) =>
    c.json(await publishScores(c.var.ctx, c.req.valid('param').id)),
  )
  .get(
    '/:id/export',
    describeRoute({ tags, summary: 'HW-11 導出Excel: 總覽 and one sheet per class, a column per question' }),
    valid('param', AssignmentParam),
    valid('query', ExportQuery),
    async (c) => {
      const out = await exportResults(c.var.ctx, c.req.valid('param').id, c.req.valid('query'));
      return download(out.bytes, out.contentType, out.fileName);
    },
  );

/** 成績單 on the phone (HW-11): mounted at /homework/mine, after the student's own routes. */
export const transcriptMineRoutes = router()
  .use(requireActor)
  .get(
    '/:assignmentId/transcript',
    describeRoute({ tags, summary: 'HW-11 成績單 for the student or parent, once 發佈分數' }),
    valid('param', MineParam),
    valid('query', MineTranscriptQuery),
    async (c) => c.json(await mineTranscript(c.var.ctx, c.req.valid('param').assignmentId, c.req.valid('query').studentId)),
  );
