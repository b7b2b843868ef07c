import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { getMember, listMembers, setMemberStatus } from './member-status';
import { ListMembersQuery, MemberParam } from './schemas';

const tags = ['members'];

export const memberRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: 'Members of the school (admins)' }), valid('query', ListMembersQuery), async (c) =>
    c.json(await listMembers(c.var.ctx, c.req.valid('query'))),
  )
  .get('/:id', describeRoute({ tags, summary: 'One member (admins)' }), valid('param', MemberParam), async (c) =>
    c.json(await getMember(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/disable', describeRoute({ tags, summary: 'Disables a member and ends their sessions' }), valid('param', MemberParam), async (c) =>
    c.json(await setMemberStatus(c.var.ctx, c.req.valid('param').id, 'disabled')),
  )
  .post('/:id/enable', describeRoute({ tags, summary: 'Re-enables a member' }), valid('param', MemberParam), async (c) =>
    c.json(await setMemberStatus(c.var.ctx, c.req.valid('param').id, 'active')),
  )
  .delete('/:id', describeRoute({ tags, summary: 'Removes a member and ends their sessions' }), valid('param', MemberParam), async (c) => {
    await setMemberStatus(c.var.ctx, c.req.valid('param').id, 'removed');
    return c.body(null, 204);
  });
