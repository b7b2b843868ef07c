import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { addMyChild } from './add-child';
import { addMyIdentity } from './add-identity';
import { approveRequest } from './approve-request';
import { flowRoutes } from './flow-routes';
import { getRequest } from './get-request';
import { myOptions } from './get-options';
import { listMine } from './list-mine';
import { listRequests } from './list-requests';
import { listQrCodes } from './qr-codes';
import { rejectRequest } from './reject-request';
import { ChildInput, IdParam, IdentityInput, RejectInput, RequestsQuery } from './schemas';

const tags = ['subscription'];

/**
 * 訂閱 (manual §1, SUB-01..07): the public flow (flow-routes.ts) and what signed-in members
 * do — hand out QR codes, see their cards, add children or an identity, decide admin requests.
 */
export const subscriptionRoutes = router()
  .get('/qr', describeRoute({ tags, summary: 'The QR codes the caller may hand out (admins: all three)' }), requireActor, (c) => c.json(listQrCodes(c.var.ctx)))
  .route('/', flowRoutes)
  .get('/mine', describeRoute({ tags, summary: '查看已訂閱教育證: my subscribed cards (SUB-03)' }), requireActor, async (c) => c.json(await listMine(c.var.ctx)))
  .get('/options', describeRoute({ tags, summary: 'Pickers for a signed-in parent (classes, relations) or staff member' }), requireActor, async (c) => c.json(await myOptions(c.var.ctx)))
  .post('/children', describeRoute({ tags, summary: '添加學生 by a signed-in parent (SUB-04, ID-02)' }), requireActor, valid('json', ChildInput), async (c) =>
    c.json(await addMyChild(c.var.ctx, c.req.valid('json')), 201),
  )
  .post('/identities', describeRoute({ tags, summary: 'The other identity card of a signed-in staff member (SUB-03)' }), requireActor, valid('json', IdentityInput), async (c) =>
    c.json(await addMyIdentity(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/requests', describeRoute({ tags, summary: 'SUB-01 admin requests (admins), searchable and paged' }), requireActor, valid('query', RequestsQuery), async (c) =>
    c.json(await listRequests(c.var.ctx, c.req.valid('query'))),
  )
  .get('/requests/:id', describeRoute({ tags, summary: 'SUB-01 one admin request (what the message to the admins opens)' }), requireActor, valid('param', IdParam), async (c) =>
    c.json(await getRequest(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/requests/:id/approve', describeRoute({ tags, summary: 'SUB-01 同意: adds the member with the 管理員 tag and invites them' }), requireActor, valid('param', IdParam), async (c) =>
    c.json(await approveRequest(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/requests/:id/reject', describeRoute({ tags, summary: 'SUB-01 拒絕: closes the request; the applicant is told by SMS' }), requireActor, valid('param', IdParam), valid('json', RejectInput), async (c) =>
    c.json(await rejectRequest(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  );
