import { describeRoute } from 'hono-openapi';
import { download } from '../../home-school/download';
import { router } from '../../lib/hono';
import { valid } from '../../lib/validate';
import { requireActor } from '../../middleware/session';
import { exportQuestions } from './export-questions';
import { importQuestions } from './import-questions';
import { ExportQuestionsQuery, ImportQuestionsBody } from './schemas';

const tags = ['homework'];

/**
 * 題庫 匯入 / 匯出 (HW-01; docs/HOMEWORK.md): Moodle XML and GIFT in, Moodle XML out. Staff
 * only (parents and students 403). Mounted at /homework/questions before the bank's routes,
 * so `/export` is not taken for a question id.
 */
export const questionFileRoutes = router()
  .use(requireActor)
  .post(
    '/import',
    describeRoute({ tags, summary: 'HW-01 匯入 Moodle XML / GIFT as drafts (dryRun previews; any bad question → 400 import_refused, nothing stored)' }),
    valid('json', ImportQuestionsBody),
    async (c) => {
      const input = c.req.valid('json');
      return c.json(await importQuestions(c.var.ctx, input), input.dryRun ? 200 : 201);
    },
  )
  .get('/export', describeRoute({ tags, summary: 'HW-01 匯出: the questions of a subject as Moodle XML' }), valid('query', ExportQuestionsQuery), async (c) => {
    const file = await exportQuestions(c.var.ctx, c.req.valid('query'));
    return download(file.xml, 'application/xml; charset=utf-8', file.fileName);
  });
