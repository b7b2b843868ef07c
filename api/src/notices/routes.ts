import { describeRoute } from 'hono-openapi';
import { download } from '../home-school/download';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { closeNotice } from './close-notice';
import { copyNotice } from './copy-notice';
import { createNotice } from './create-notice';
import { exportNotice } from './export-notice';
import { getNotice } from './get-notice';
import { inboxRoutes } from './inbox-routes';
import { listNotices } from './list-notices';
import { listRecipients } from './list-recipients';
import { noticeFile, noticeMedia } from './notice-files';
import { previewNotice } from './preview-notice';
import { recallNotice } from './recall-notice';
import { remindNotice } from './remind-notice';
import { ExportQuery, ListNoticesQuery, NoticeBody, NoticeFileParam, NoticeParam, RecipientsQuery } from './schemas';

const tags = ['notices'];

/**
 * 家校通知 (SPEC §3.3): staff compose and follow notices (N-01 … N-08); parents and students
 * read and answer them under /inbox (N-09). Staff routes answer 403 to parents and students,
 * the inbox 403 to staff; a notice the caller may not see is a 404.
 */
export const noticeRoutes = router()
  .use(requireActor)
  .route('/inbox', inboxRoutes)
  .get('/', describeRoute({ tags, summary: 'N-02 我發送的 / 抄送給我的 / 分享給我的 (staff)' }), valid('query', ListNoticesQuery), async (c) =>
    c.json(await listNotices(c.var.ctx, c.req.valid('query'))),
  )
  .post('/preview', describeRoute({ tags, summary: 'N-01 提交: the summary before sending (writes nothing)' }), valid('json', NoticeBody), async (c) =>
    c.json(await previewNotice(c.var.ctx, c.req.valid('json'))),
  )
  .post('/', describeRoute({ tags, summary: 'N-01 確認: sends (or schedules) a notice' }), valid('json', NoticeBody), async (c) =>
    c.json(await createNotice(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/:id', describeRoute({ tags, summary: 'N-03 detail, delivery by class, send records' }), valid('param', NoticeParam), async (c) =>
    c.json(await getNotice(c.var.ctx, c.req.valid('param').id)),
  )
  .get(
    '/:id/recipients',
    describeRoute({ tags, summary: 'N-03 each recipient: sent / read / confirmed / answered' }),
    valid('param', NoticeParam),
    valid('query', RecipientsQuery),
    async (c) => c.json(await listRecipients(c.var.ctx, c.req.valid('param').id, c.req.valid('query'))),
  )
  .get(
    '/:id/export.xlsx',
    describeRoute({ tags, summary: 'N-04 download: per class, or the answers (Excel)' }),
    valid('param', NoticeParam),
    valid('query', ExportQuery),
    async (c) => {
      const out = await exportNotice(c.var.ctx, c.req.valid('param').id, c.req.valid('query'));
      return download(out.bytes, out.contentType, out.fileName);
    },
  )
  .get('/:id/files/:fileId', describeRoute({ tags, summary: "Downloads an attachment or a recipient's upload" }), valid('param', NoticeFileParam), async (c) => {
    const { id, fileId } = c.req.valid('param');
    return noticeFile(c.var.ctx, id, fileId);
  })
  .get(
    '/:id/media/:fileId',
    describeRoute({ tags, summary: "A file the notice shows (its content's images, attachments), for its readers and recipients" }),
    valid('param', NoticeFileParam),
    async (c) => {
      const { id, fileId } = c.req.valid('param');
      return noticeMedia(c.var.ctx, id, fileId);
    },
  )
  .post('/:id/copy', describeRoute({ tags, summary: 'N-05 複製: a draft with title, content, questions' }), valid('param', NoticeParam), async (c) =>
    c.json(await copyNotice(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/recall', describeRoute({ tags, summary: 'N-06 回收 (within 24 h of sending)' }), valid('param', NoticeParam), async (c) =>
    c.json(await recallNotice(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/close', describeRoute({ tags, summary: 'N-07 關閉通知' }), valid('param', NoticeParam), async (c) =>
    c.json(await closeNotice(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/remind', describeRoute({ tags, summary: 'N-08 再次提醒 those who have not acted' }), valid('param', NoticeParam), async (c) =>
    c.json(await remindNotice(c.var.ctx, c.req.valid('param').id)),
  );
