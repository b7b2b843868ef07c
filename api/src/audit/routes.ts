import { and, count, desc, eq, or, sql } from 'drizzle-orm';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { auditLog } from '../../../db/schema';
import { canReadAudit } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { router } from '../lib/hono';
import { likePattern, offsetOf, PageQuery, pageOf } from '../lib/paging';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';

const ListAuditQuery = v.strictObject({
  ...PageQuery,
  /** Only entries about this kind of record, e.g. `member`. */
  targetType: v.optional(v.pipe(v.string(), v.maxLength(40))),
  targetId: v.optional(v.pipe(v.string(), v.maxLength(40))),
});

/** the audit log, newest first, searchable by action, actor and target. */
export async function listAudit(ctx: ServiceContext, input: v.InferOutput<typeof ListAuditQuery>) {
  if (!canReadAudit(ctx.actor)) throw forbidden();
  const pattern = input.q ? likePattern(input.q) : null;
  const where = and(
    input.targetType ? eq(auditLog.targetType, input.targetType) : undefined,
    input.targetId ? eq(auditLog.targetId, input.targetId) : undefined,
    pattern
      ? or(sql`${auditLog.action} like ${pattern} escape '\\'`, sql`${auditLog.actorName} like ${pattern} escape '\\'`, sql`${auditLog.targetId} like ${pattern} escape '\\'`)
      : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), sql`${auditLog}.rowid desc`).limit(input.pageSize).offset(offsetOf(input.page, input.pageSize)).all(),
    ctx.db.select({ n: count() }).from(auditLog).where(where).get(),
  ]);
  const items = rows.map((r) => ({ ...r, at: r.at.toISOString(), ip: undefined }));
  return pageOf(items, total?.n ?? 0, input.page, input.pageSize);
}

export const auditRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags: ['audit'], summary: 'The audit log (super admins)' }), valid('query', ListAuditQuery), async (c) =>
    c.json(await listAudit(c.var.ctx, c.req.valid('query'))),
  );
