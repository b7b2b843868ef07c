import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, siteArticles, siteArticleTypes, siteComments, siteShowcases } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { mobileTeacher, newArticle, newType, png, ROLES, type Role, SITE_ADMINS, seedSiteSchool, signInAll, upload, WRITERS } from './test-school';

/**
 * Who may call each micro-site route (WEB-03, manual §13 / §15): anonymous → 401 on every
 * management route; parents and students → 403 (no desktop session, WEB-06); staff write their
 * own articles (someone else's is a 404); site admins (super, or scoped with the app `site`)
 * manage everything; a scoped admin of other apps is a plain writer. The public routes answer
 * everyone. Tenant isolation: school B's ids through school A are 404 and change nothing.
 */

const A = 'A-001';
const B = 'B-002';
let env: TestEnv;
let agents: Record<Role, Agent>;
const recs = {} as Record<'A' | 'B', Records>;
let ipCount = 0;

interface Records {
  type: string;
  showcase: string;
  image: string;
  article: string;
  comment: string;
}

/** A published article of the teacher with a pending comment, in `code`. */
async function seedRecords(env: TestEnv, code: string, a: Record<Role, Agent>): Promise<Records> {
  const type = await newType(a.creator, '校園新聞');
  const image = await upload(a.creator, png());
  const showcase = (await a.creator.post('site/showcases', { name: '櫥窗', imageFileId: image, listed: true })).body.id;
  const article = await newArticle(a.teacher, { typeId: type, title: '李老師的文章' });
  const comment = (await env.agent(code).post(`site/articles/${article}/comments`, { name: '訪客', text: '你好' })).body.id;
  return { type, showcase, image, article, comment };
}

const fresh = {
  article: () => newArticle(agents.teacher, { typeId: recs.A.type, title: '可刪除' }),
  comment: async () => (await env.agent(A).json('POST', `site/articles/${recs.A.article}/comments`, { name: '訪客', text: '可刪除' }, { 'cf-connecting-ip': `192.0.2.${++ipCount}` })).body.id,
};

beforeAll(async () => {
  env = await createTestEnv();
  await seedSiteSchool(env, A);
  await seedSiteSchool(env, B);
  agents = await signInAll(env, A);
  recs.A = await seedRecords(env, A, agents);
  recs.B = await seedRecords(env, B, await signInAll(env, B));
});
afterAll(() => env.close());

const ok = (roles: Role[], status: number) => Object.fromEntries(roles.map((r) => [r, status])) as Partial<Record<Role, number>>;
const author = (status: number) => ({ teacher: status, ...ok(SITE_ADMINS, status) });
let n = 0;

interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: (r: Records) => string | Promise<string>;
  body?: () => unknown;
  allowed: Partial<Record<Role, number>>;
  /** What a signed-in staff member outside `allowed` gets. */
  refused: 403 | 404;
  /** Names a record, so school B's can be tried through A. */
  byId?: boolean;
}

const ROUTES: Route[] = [
  { name: 'GET site (external link)', method: 'GET', path: () => 'site', allowed: ok(WRITERS, 200), refused: 403 },
  { name: 'GET site/showcases', method: 'GET', path: () => 'site/showcases', allowed: ok(SITE_ADMINS, 200), refused: 403 },
  { name: 'POST site/showcases', method: 'POST', path: () => 'site/showcases', body: () => ({ name: `櫥窗 ${++n}` }), allowed: ok(SITE_ADMINS, 201), refused: 403 },
  // an empty list is a 400 past authorization: it must name every showcase
  { name: 'POST site/showcases/reorder', method: 'POST', path: () => 'site/showcases/reorder', body: () => ({ showcaseIds: [] }), allowed: ok(SITE_ADMINS, 400), refused: 403 },
  { name: 'PATCH site/showcases/:id', byId: true, method: 'PATCH', path: (r) => `site/showcases/${r.showcase}`, body: () => ({ listed: true }), allowed: ok(SITE_ADMINS, 200), refused: 403 },
  { name: 'GET site/types', method: 'GET', path: () => 'site/types', allowed: ok(WRITERS, 200), refused: 403 },
  { name: 'POST site/types', method: 'POST', path: () => 'site/types', body: () => ({ name: `類型 ${++n}` }), allowed: ok(SITE_ADMINS, 201), refused: 403 },
  { name: 'PATCH site/types/:id', byId: true, method: 'PATCH', path: (r) => `site/types/${r.type}`, body: () => ({ enabled: true }), allowed: ok(SITE_ADMINS, 200), refused: 403 },
  { name: 'GET site/articles', method: 'GET', path: () => 'site/articles', allowed: ok(WRITERS, 200), refused: 403 },
  { name: 'POST site/articles', method: 'POST', path: () => 'site/articles', body: () => ({ typeId: recs.A.type, title: '新', content: '<p>x</p>', status: 'draft' }), allowed: ok(WRITERS, 201), refused: 403 },
  { name: 'GET site/articles/:id', byId: true, method: 'GET', path: (r) => `site/articles/${r.article}`, allowed: author(200), refused: 404 },
  { name: 'PATCH site/articles/:id', byId: true, method: 'PATCH', path: (r) => `site/articles/${r.article}`, body: () => ({ allowComments: true }), allowed: author(200), refused: 404 },
  { name: 'DELETE site/articles/:id', method: 'DELETE', path: async () => `site/articles/${await fresh.article()}`, allowed: author(204), refused: 404 },
  { name: 'POST site/articles/:id/pin', byId: true, method: 'POST', path: (r) => `site/articles/${r.article}/pin`, allowed: ok(SITE_ADMINS, 200), refused: 403 },
  { name: 'POST site/articles/:id/unpin', byId: true, method: 'POST', path: (r) => `site/articles/${r.article}/unpin`, allowed: ok(SITE_ADMINS, 200), refused: 403 },
  { name: 'GET site/comments', method: 'GET', path: () => 'site/comments', allowed: ok(SITE_ADMINS, 200), refused: 403 },
  { name: 'POST site/comments/:id/approve', byId: true, method: 'POST', path: (r) => `site/comments/${r.comment}/approve`, allowed: ok(SITE_ADMINS, 200), refused: 403 },
  { name: 'POST site/comments/:id/hide', byId: true, method: 'POST', path: (r) => `site/comments/${r.comment}/hide`, allowed: ok(SITE_ADMINS, 200), refused: 403 },
  { name: 'DELETE site/comments/:id', method: 'DELETE', path: async () => `site/comments/${await fresh.comment()}`, allowed: ok(SITE_ADMINS, 204), refused: 403 },
];

const call = (agent: Agent, route: Route, path: string) => agent.json(route.method, path, route.body?.());

describe.each(ROUTES)('$name', (route) => {
  it.each(ROLES)('WEB-03 as %s', async (role) => {
    const res = await call(agents[role], route, await route.path(recs.A));
    const expected = role === 'anonymous' ? 401 : role === 'parent' || role === 'student' ? 403 : (route.allowed[role] ?? route.refused);
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
  });
});

async function snapshotB() {
  const { db } = await env.deps.schools.get(B);
  return {
    showcases: await db.select().from(siteShowcases).all(),
    types: await db.select().from(siteArticleTypes).all(),
    articles: await db.select().from(siteArticles).all(),
    comments: await db.select().from(siteComments).all(),
    audit: await db.$count(auditLog),
  };
}

describe('tenant isolation', () => {
  it.each(ROUTES.filter((r) => r.byId))("$name: school B's record through school A is 404 and changes nothing", async (route) => {
    const before = await snapshotB();
    const res = await call(agents.creator, route, await route.path(recs.B));
    expect(res.status).toBe(404);
    expect(await snapshotB()).toEqual(before);
  });

  it("public routes: B's article and image through A are 404; B's data never shows in A's", async () => {
    const before = await snapshotB();
    const visitor = env.agent(A);
    expect((await visitor.post(`site/articles/${recs.B.article}/comments`, { name: 'x', text: 'y' })).status).toBe(404);
    expect((await visitor.get(`site/media/${recs.B.image}`)).status).toBe(404);
    expect(await snapshotB()).toEqual(before);
    const data = await visitor.get('site/data.json');
    expect(data.body.articles.map((a: { id: string }) => a.id)).not.toContain(recs.B.article);
    expect(data.body.showcases.map((s: { id: string }) => s.id)).not.toContain(recs.B.showcase);
  });
});

describe('public routes answer everyone', () => {
  it.each(ROLES)('WEB-07 as %s: comment, media, site data', async (role) => {
    const agent = agents[role];
    const comment = await agent.json('POST', `site/articles/${recs.A.article}/comments`, { name: role, text: '你好' }, { 'cf-connecting-ip': `198.18.0.${++ipCount}` });
    expect(comment.status).toBe(201);
    expect((await agent.raw('GET', `site/media/${recs.A.image}`)).status).toBe(200);
    expect((await agent.get('site/data.json')).status).toBe(200);
  });
});

describe('WEB-06 management is desktop only', () => {
  let phone: Agent;
  beforeAll(async () => {
    phone = await mobileTeacher(env, A);
  });

  it.each(ROUTES)('$name on a phone session is 403', async (route) => {
    const res = await call(phone, route, await route.path(recs.A));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('site_desktop_only');
  });
});
