import { and, count, eq, like, or } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { controlAudit, schools } from '../../../db/control/schema';
import { hashSecret } from '../lib/crypto';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { offsetOf, pageOf } from '../lib/paging';
import { valid } from '../lib/validate';
import { type OperatorEnv, operatorSession, operatorSignIn, operatorSignOut, requireOperator } from './operator-auth';
import { provisionSchool } from './provision-school';
import { toSchool } from './registry';
import { CreateSchool, ListSchoolsQuery, OperatorSignIn, SchoolCodeParam, UpdateSchool } from './schemas';

const tags = ['operator'];

const presentSchool = (row: typeof schools.$inferSelect) => ({
  ...toSchool(row),
  dbUrl: row.dbUrl,
  createdAt: row.createdAt.toISOString(),
});

/** The platform operator's API: sign-in and the schools registry. */
export const operatorRoutes = new Hono<OperatorEnv>()
  .use(operatorSession)
  .post('/sign-in', describeRoute({ tags, summary: 'Operator sign-in' }), valid('json', OperatorSignIn), async (c) =>
    c.json(await operatorSignIn(c.var.deps, c, c.req.valid('json'))),
  )
  .post('/sign-out', describeRoute({ tags, summary: 'Operator sign-out' }), async (c) => {
    await operatorSignOut(c.var.deps, c);
    return c.body(null, 204);
  })
  .get('/me', describeRoute({ tags, summary: 'The signed-in operator' }), requireOperator, (c) =>
    c.json({ operator: c.var.operator, csrfToken: hashSecret(`csrf:${c.var.operatorToken}`) }),
  )
  .get('/schools', describeRoute({ tags, summary: 'Schools, searchable and paged' }), requireOperator, valid('query', ListSchoolsQuery), async (c) => {
    const { page, pageSize, q, status } = c.req.valid('query');
    const db = c.var.deps.control.db;
    const pattern = q ? `%${q}%` : null;
    const where = and(
      status ? eq(schools.status, status) : undefined,
      pattern ? or(like(schools.code, pattern), like(schools.nameZh, pattern), like(schools.nameEn, pattern)) : undefined,
    );
    const [rows, total] = await Promise.all([
      db.select().from(schools).where(where).orderBy(schools.code).limit(pageSize).offset(offsetOf(page, pageSize)).all(),
      db.select({ n: count() }).from(schools).where(where).get(),
    ]);
    return c.json(pageOf(rows.map(presentSchool), total?.n ?? 0, page, pageSize));
  })
  .post('/schools', describeRoute({ tags, summary: 'Provisions a school: its database, migrations and creator' }), requireOperator, valid('json', CreateSchool), async (c) => {
    const school = await provisionSchool(c.var.deps, c.req.valid('json'), c.var.operator?.id ?? null);
    return c.json(school, 201);
  })
  .get('/schools/:code', describeRoute({ tags, summary: 'One school' }), requireOperator, valid('param', SchoolCodeParam), async (c) => {
    const row = await c.var.deps.registry.row(c.req.valid('param').code.toUpperCase());
    if (!row) throw new ApiError('school_not_found');
    return c.json(presentSchool(row));
  })
  .patch('/schools/:code', describeRoute({ tags, summary: 'Renames, suspends or re-activates a school' }), requireOperator, valid('param', SchoolCodeParam), valid('json', UpdateSchool), async (c) => {
    const deps = c.var.deps;
    const code = c.req.valid('param').code.toUpperCase();
    const before = await deps.control.db.select().from(schools).where(eq(schools.code, code)).get();
    if (!before || before.status === 'dissolved') throw new ApiError('school_not_found');
    const patch = c.req.valid('json');
    const now = deps.clock.now();
    const [after] = await deps.control.db.batch([
      deps.control.db.update(schools).set({ ...patch, updatedAt: now }).where(eq(schools.code, code)).returning(),
      deps.control.db.insert(controlAudit).values({
        id: newId(now.getTime()),
        at: now,
        operatorId: c.var.operator?.id ?? null,
        action: 'school.update',
        targetType: 'school',
        targetId: code,
        before: { nameZh: before.nameZh, status: before.status, wecomCorpId: before.wecomCorpId },
        after: patch,
      }),
    ]);
    deps.registry.invalidate(code);
    if (patch.status === 'suspended') deps.sessionCache.deleteSchool(code);
    return c.json(presentSchool(after[0]));
  });
