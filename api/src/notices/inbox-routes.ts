import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { listInbox } from './list-inbox';
import { receiptFile } from './notice-files';
import { openReceipt } from './open-receipt';
import { answerReceipt } from './answer-receipt';
import { confirmReceipt } from './confirm-receipt';
import { AnswersBody, InboxQuery, NoticeFileParam, NoticeParam } from './schemas';

const tags = ['notices'];

/**
 * N-09 the parents' and students' side (mobile): their notices per child, reading,
 * confirming, answering the form, attachments. `:id` is a receipt: one notice for one child.
 */
export const inboxRoutes = router()
  .get('/', describeRoute({ tags, summary: 'My notices, newest first, per child (parents, students)' }), valid('query', InboxQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await listInbox(c.var.ctx, { ...q, unread: q.unread === '1' }));
  })
  .get('/:id', describeRoute({ tags, summary: 'Opens one of my notices (marks it read)' }), valid('param', NoticeParam), async (c) =>
    c.json(await openReceipt(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/confirm', describeRoute({ tags, summary: 'Confirms one of my notices' }), valid('param', NoticeParam), async (c) =>
    c.json(await confirmReceipt(c.var.ctx, c.req.valid('param').id)),
  )
  .put('/:id/answers', describeRoute({ tags, summary: "Fills in or changes the notice's form" }), valid('param', NoticeParam), valid('json', AnswersBody), async (c) =>
    c.json(await answerReceipt(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/:id/files/:fileId', describeRoute({ tags, summary: 'Downloads an attachment or my answer upload' }), valid('param', NoticeFileParam), async (c) => {
    const { id, fileId } = c.req.valid('param');
    return receiptFile(c.var.ctx, id, fileId);
  });
