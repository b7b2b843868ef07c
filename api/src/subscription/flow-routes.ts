import { describeRoute } from 'hono-openapi';
import { download } from '../home-school/download';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { addChildToDraft } from './add-child';
import { addIdentityToDraft } from './add-identity';
import { completeDraft } from './complete-draft';
import { getDraft } from './get-draft';
import { draftOptions } from './get-options';
import { qrSvg } from './qr-codes';
import { CardInput, ChildInput, CodeInput, IdentityInput, PhoneInput, ProfileInput, QrFileParam, StartInput, TokenParam } from './schemas';
import { startDraft } from './start-draft';
import { submitCode } from './submit-code';
import { submitPhone } from './submit-phone';
import { submitProfile } from './submit-profile';

const tags = ['subscription'];

/**
 * The public subscription flow of manual §1 (no session needed): the QR codes, then a draft
 * that each step validates — terms and identity → phone (+ code) → profile → card and birth
 * date. Nothing becomes a member before the last step succeeds.
 */
export const flowRoutes = router()
  .get('/qr/:file', describeRoute({ tags, summary: 'A subscription QR code as SVG: admin.svg, staff.svg or family.svg' }), valid('param', QrFileParam), (c) => {
    const file = qrSvg(c.var.ctx, c.req.valid('param').file.replace('.svg', '') as 'admin' | 'staff' | 'family');
    return download(file.svg, 'image/svg+xml', file.fileName);
  })
  .post('/drafts', describeRoute({ tags, summary: '同意: starts a subscription (QR kind, identity); answers the draft token' }), valid('json', StartInput), async (c) =>
    c.json(await startDraft(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/drafts/:token', describeRoute({ tags, summary: 'Where a subscription stands (and, once done, its subscribed cards)' }), valid('param', TokenParam), async (c) =>
    c.json(await getDraft(c.var.ctx, c.req.valid('param').token)),
  )
  .get('/drafts/:token/options', describeRoute({ tags, summary: 'The pickers: departments, B08 classes, subjects, relations (after the phone step)' }), valid('param', TokenParam), async (c) =>
    c.json(await draftOptions(c.var.ctx, c.req.valid('param').token)),
  )
  .post('/drafts/:token/phone', describeRoute({ tags, summary: 'Area code + phone (ID-03, ID-04); sends the SMS code when one is needed' }), valid('param', TokenParam), valid('json', PhoneInput), async (c) =>
    c.json(await submitPhone(c.var.ctx, c.req.valid('param').token, c.req.valid('json'))),
  )
  .post('/drafts/:token/code', describeRoute({ tags, summary: 'The SMS code (ID-03)' }), valid('param', TokenParam), valid('json', CodeInput), async (c) =>
    c.json(await submitCode(c.var.ctx, c.req.valid('param').token, c.req.valid('json').code)),
  )
  .post('/drafts/:token/profile', describeRoute({ tags, summary: 'Name; staff: departments and teaching; family: student, class, relation (SUB-05)' }), valid('param', TokenParam), valid('json', ProfileInput), async (c) =>
    c.json(await submitProfile(c.var.ctx, c.req.valid('param').token, c.req.valid('json'))),
  )
  .post('/drafts/:token/complete', describeRoute({ tags, summary: 'Card + birth date checked with the bureau (ID-01, SUB-07): subscribes, or files the admin request (SUB-01)' }), valid('param', TokenParam), valid('json', CardInput), async (c) =>
    c.json(await completeDraft(c.var.ctx, c.req.valid('param').token, c.req.valid('json'))),
  )
  .post('/drafts/:token/children', describeRoute({ tags, summary: '添加學生 right after a family subscription (SUB-04, ID-02)' }), valid('param', TokenParam), valid('json', ChildInput), async (c) =>
    c.json(await addChildToDraft(c.var.ctx, c.req.valid('param').token, c.req.valid('json')), 201),
  )
  .post('/drafts/:token/identities', describeRoute({ tags, summary: 'The second identity card right after a staff subscription (SUB-03)' }), valid('param', TokenParam), valid('json', IdentityInput), async (c) =>
    c.json(await addIdentityToDraft(c.var.ctx, c.req.valid('param').token, c.req.valid('json')), 201),
  );
