import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { writeAudit } from '../audit/write-audit';
import { canChangeSettings } from '../auth/policy';
import { forbidden } from '../lib/errors';
import { router } from '../lib/hono';
import { PageQuery } from '../lib/paging';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { listConfidentialViews } from './list-confidential-views';
import { getSetting, putSetting, SecuritySettings } from './settings';

const tags = ['settings'];
const SecurityPatch = v.partial(SecuritySettings);
const ViewsQuery = v.strictObject({
  ...PageQuery,
  /** Only the views of this member's fields. */
  memberId: v.optional(v.pipe(v.string(), v.maxLength(40))),
});

/** School settings the platform core enforces (ADM-04 security). */
export const settingsRoutes = router()
  .use(requireActor)
  .get('/security', describeRoute({ tags, summary: 'Security settings (super admins)' }), async (c) => {
    if (!canChangeSettings(c.var.ctx.actor)) throw forbidden();
    return c.json(await getSetting(c.var.ctx.db, 'security'));
  })
  .patch('/security', describeRoute({ tags, summary: 'Changes security settings (super admins)' }), valid('json', SecurityPatch), async (c) => {
    const ctx = c.var.ctx;
    if (!canChangeSettings(ctx.actor)) throw forbidden();
    const patch = c.req.valid('json');
    const result = await ctx.db.transaction(async (tx) => {
      const before = await getSetting(tx, 'security');
      const after = { ...before, ...patch };
      await putSetting(tx, 'security', after, ctx.clock.now());
      await writeAudit(tx, ctx, { action: 'settings.security', targetType: 'settings', targetId: 'security', before, after });
      return after;
    });
    return c.json(result);
  })
  .get('/security/views', describeRoute({ tags, summary: 'ADM-04 the log of confidential-field views (super admins)' }), valid('query', ViewsQuery), async (c) =>
    c.json(await listConfidentialViews(c.var.ctx, c.req.valid('query'))),
  );
