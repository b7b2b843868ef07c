import { describeRoute } from 'hono-openapi';
import { router } from '../../lib/hono';
import { valid } from '../../lib/validate';
import { requireActor } from '../../middleware/session';
import { getMine } from './get-mine';
import { listMine } from './list-mine';
import { mineFile } from './mine-file';
import { saveAnswers } from './save-answers';
import { ListMineQuery, MineFileParam, MineParam, MineQuery, SaveAnswersBody } from './schemas';

const tags = ['homework'];

/**
 * 功課 for parents and students (manual §9; HW-07, HW-09, HW-12): their own (children's)
 * homework, answered and handed in here. Staff get 403; another family's homework is a 404.
 * Mounted at /homework/mine.
 */
export const mineRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: 'My (my children\'s) homework, newest first' }), valid('query', ListMineQuery), async (c) =>
    c.json(await listMine(c.var.ctx, c.req.valid('query'))),
  )
  .get(
    '/:assignmentId',
    describeRoute({ tags, summary: 'Questions without keys, my attempts, marks once released' }),
    valid('param', MineParam),
    valid('query', MineQuery),
    async (c) => c.json(await getMine(c.var.ctx, c.req.valid('param').assignmentId, c.req.valid('query').studentId)),
  )
  .put(
    '/:assignmentId',
    describeRoute({ tags, summary: 'HW-07 保存 / 提交 (auto-marked); HW-09 a correction is a new attempt' }),
    valid('param', MineParam),
    valid('json', SaveAnswersBody),
    async (c) => c.json(await saveAnswers(c.var.ctx, c.req.valid('param').assignmentId, c.req.valid('json'))),
  )
  .get(
    '/:assignmentId/files/:fileId',
    describeRoute({ tags, summary: 'A question attachment or a file of my attempts' }),
    valid('param', MineFileParam),
    valid('query', MineQuery),
    async (c) => {
      const { assignmentId, fileId } = c.req.valid('param');
      return mineFile(c.var.ctx, assignmentId, fileId, c.req.valid('query').studentId);
    },
  );
