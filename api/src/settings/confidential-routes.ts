import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { CONFIDENTIAL_FIELDS } from './confidential';
import { viewConfidential } from './view-confidential';

const ConfidentialParam = v.object({
  school: v.string(),
  id: v.pipe(v.string(), v.maxLength(40)),
  /** phone, account or email. */
  field: v.picklist(CONFIDENTIAL_FIELDS),
});

/**
 * ADM-04 保密信息: `GET /members/:id/confidential/:field`, mounted beside the members routes
 * (`.route('/members', memberConfidentialRoutes)` in app.ts).
 */
export const memberConfidentialRoutes = router()
  .use(requireActor)
  .get(
    '/:id/confidential/:field',
    describeRoute({ tags: ['members'], summary: "ADM-04 reveals a member's confidential field and logs the view (contacts admins)" }),
    valid('param', ConfidentialParam),
    async (c) => {
      const { id, field } = c.req.valid('param');
      return c.json(await viewConfidential(c.var.ctx, id, field));
    },
  );
