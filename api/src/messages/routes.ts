import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { router } from '../lib/hono';
import { PageQuery } from '../lib/paging';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { listMessages, markAllRead, markRead } from './list-messages';

const tags = ['messages'];
const ListQuery = v.strictObject({ ...PageQuery, unread: v.optional(v.picklist(['0', '1'])) });
const IdParam = v.object({ school: v.string(), id: v.pipe(v.string(), v.maxLength(40)) });

/** 消息提醒: the in-app message list. */
export const messageRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: 'My messages, newest first' }), valid('query', ListQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await listMessages(c.var.ctx, { ...q, unread: q.unread === '1' }));
  })
  .post('/read-all', describeRoute({ tags, summary: 'Marks all my messages read' }), async (c) => {
    await markAllRead(c.var.ctx);
    return c.body(null, 204);
  })
  .post('/:id/read', describeRoute({ tags, summary: 'Marks one message read' }), valid('param', IdParam), async (c) => {
    await markRead(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  });
