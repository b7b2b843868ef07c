import { describeRoute } from 'hono-openapi';
import { router } from '../../lib/hono';
import { valid } from '../../lib/validate';
import { requireActor } from '../../middleware/session';
import { createQuestion } from './create-question';
import { deleteQuestion } from './delete-question';
import { getQuestion, questionFile } from './get-question';
import { listQuestions } from './list-questions';
import { publishQuestion } from './publish-question';
import { CreateQuestionBody, ListQuestionsQuery, QuestionFileParam, QuestionParam, UpdateQuestionBody } from './schemas';
import { updateQuestion } from './update-question';

const tags = ['homework'];

/**
 * 題庫 (SPEC §3.7 HW-01, HW-02; docs/HOMEWORK.md): staff list and view every question and
 * change only their own drafts; parents and students get 403. Mounted at
 * /homework/questions (import and export are another router on the same path).
 */
export const questionRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: 'HW-01 題庫: every question, newest first (search, filters, paging)' }), valid('query', ListQuestionsQuery), async (c) =>
    c.json(await listQuestions(c.var.ctx, c.req.valid('query'))),
  )
  .post('/', describeRoute({ tags, summary: 'HW-01 添加: a question of one of the eight types (draft or published)' }), valid('json', CreateQuestionBody), async (c) =>
    c.json(await createQuestion(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/:id', describeRoute({ tags, summary: 'HW-01 查看: content, answer key and attachments' }), valid('param', QuestionParam), async (c) =>
    c.json(await getQuestion(c.var.ctx, c.req.valid('param').id)),
  )
  .get('/:id/files/:fileId', describeRoute({ tags, summary: "Downloads a question's attachment (staff)" }), valid('param', QuestionFileParam), async (c) => {
    const { id, fileId } = c.req.valid('param');
    return questionFile(c.var.ctx, id, fileId);
  })
  .patch(
    '/:id',
    describeRoute({ tags, summary: 'HW-02 edits a draft (creator; published: 409)' }),
    valid('param', QuestionParam),
    valid('json', UpdateQuestionBody),
    async (c) => c.json(await updateQuestion(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .post('/:id/publish', describeRoute({ tags, summary: 'HW-02 發佈 (creator); it never changes after' }), valid('param', QuestionParam), async (c) =>
    c.json(await publishQuestion(c.var.ctx, c.req.valid('param').id)),
  )
  .delete('/:id', describeRoute({ tags, summary: 'HW-02 刪除 own question (409 when a definition holds it)' }), valid('param', QuestionParam), async (c) => {
    await deleteQuestion(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  });
