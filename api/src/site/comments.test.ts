import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, siteComments } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { exportSiteData } from './export-site-data';
import { COMMENT_LIMITS } from './post-comment';
import { newArticle, newType, type Role, seedSiteSchool, signInAll } from './test-school';

const A = 'A-001';
let env: TestEnv;
let agents: Record<Role, Agent>;
let rebuilds: string[] = [];
let open: string;
let closed: string;
let draft: string;
let offTypeArticle: string;
let ipCounter = 0;

/** A visitor with no session, from an address of its own (so the per-address limit starts afresh). */
function visitor(ip = `203.0.113.${++ipCounter}`) {
  const agent = env.agent(A);
  const post = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    agent.json('POST', `site/articles/${id}/comments`, body, { 'cf-connecting-ip': ip, ...headers });
  const form = (id: string, fields: Record<string, string>, accept?: string) =>
    agent.raw('POST', `site/articles/${id}/comments`, {
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip, ...(accept ? { accept } : {}) },
    });
  return { post, form };
}

async function comments() {
  const { db } = await env.deps.schools.get(A);
  return db.select().from(siteComments).orderBy(siteComments.createdAt, siteComments.id).all();
}

beforeAll(async () => {
  env = await createTestEnv();
  await seedSiteSchool(env, A);
  agents = await signInAll(env, A);
  env.deps.config.onSiteChanged = (code) => rebuilds.push(code);
  const type = await newType(agents.creator, '校園新聞');
  const offType = await newType(agents.creator, '舊類型');
  open = await newArticle(agents.teacher, { typeId: type, title: '可留言' });
  closed = await newArticle(agents.teacher, { typeId: type, title: '不可留言', allowComments: false });
  draft = await newArticle(agents.teacher, { typeId: type, title: '草稿', status: 'draft' });
  offTypeArticle = await newArticle(agents.teacher, { typeId: offType, title: '舊類型文章' });
  await agents.creator.patch(`site/types/${offType}`, { enabled: false });
});
beforeEach(() => {
  rebuilds = [];
});
afterAll(() => env.close());

describe('WEB-07 comments from the public site', () => {
  it('WEB-07 anyone may comment on a published article that allows it, with no session; it waits for moderation', async () => {
    const res = await visitor().post(open, { name: '黃爸爸', text: '辛苦各位老師！' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'pending' });
    expect((await comments()).find((c) => c.id === res.body.id)).toMatchObject({ articleId: open, name: '黃爸爸', text: '辛苦各位老師！', status: 'pending' });
    expect((await exportSiteData(await env.ctx(A))).articles.find((a) => a.id === open)?.comments).toEqual([]);
    expect(rebuilds).toEqual([]);
  });

  it('WEB-07 markup in a comment is removed: it is stored as plain text', async () => {
    const res = await visitor().post(open, {
      name: '<img src=x onerror=alert(1)>訪客<b>甲</b>',
      text: '<script>alert(1)</script>好文章 <a href="javascript:alert(2)">點我</a> 1 < 2 & 3 > 2',
    });
    expect(res.status).toBe(201);
    expect((await comments()).find((c) => c.id === res.body.id)).toMatchObject({ name: '訪客甲', text: '好文章 點我 1 < 2 & 3 > 2' });
  });

  it('WEB-07 a draft, an article of a disabled type or an unknown one is 404; one closed to comments is 403', async () => {
    const before = await comments();
    for (const id of [draft, offTypeArticle, 'nothing']) expect((await visitor().post(id, { name: 'a', text: 'b' })).status).toBe(404);
    const res = await visitor().post(closed, { name: 'a', text: 'b' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('site_comments_closed');
    expect(await comments()).toEqual(before);
  });

  it('X-03 an empty name, a text of markup only, a long text or an extra field is a 400 naming it', async () => {
    const before = await comments();
    for (const [body, field] of [
      [{ name: ' ', text: 'x' }, 'name'],
      [{ name: 'a', text: '<script>alert(1)</script>' }, 'text'],
      [{ name: 'a', text: 'x'.repeat(501) }, 'text'],
      [{ name: 'a', text: 'x', status: 'approved' }, 'status'],
    ] as const) {
      const res = await visitor().post(open, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect(await comments()).toEqual(before);
  });

  it(`WEB-07 one address may leave ${COMMENT_LIMITS.perIp.max} comments in ten minutes, then gets 429`, async () => {
    const one = visitor('198.51.100.7');
    for (let i = 0; i < COMMENT_LIMITS.perIp.max; i++) expect((await one.post(open, { name: '重複', text: `第 ${i} 則` })).status).toBe(201);
    const count = (await comments()).length;
    const refused = await one.post(open, { name: '重複', text: '太多' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(await comments()).toHaveLength(count);
    expect((await visitor('198.51.100.8').post(open, { name: '別人', text: '可以' })).status).toBe(201);
    env.clock.advance(COMMENT_LIMITS.perIp.windowMs);
    expect((await one.post(open, { name: '重複', text: '十分鐘後' })).status).toBe(201);
  });

  it('WEB-07 the school as a whole takes a bounded number of comments an hour (visitors with no known address too)', async () => {
    const { max, windowMs } = COMMENT_LIMITS.perSchool;
    env.clock.advance(windowMs - (env.clock.now().getTime() % windowMs)); // the start of a fresh window
    COMMENT_LIMITS.perSchool.max = 3;
    try {
      for (let i = 0; i < 3; i++) expect((await visitor().post(open, { name: '訪客', text: `${i}` })).status).toBe(201);
      expect((await visitor().post(open, { name: '訪客', text: '第四則' })).status).toBe(429);
      expect((await env.agent(A).post(`site/articles/${open}/comments`, { name: '無地址', text: 'x' })).status).toBe(429);
    } finally {
      COMMENT_LIMITS.perSchool.max = max;
    }
    expect((await env.agent(A).post(`site/articles/${open}/comments`, { name: '無地址', text: '上限以內' })).status).toBe(201);
  });

  it('WEB-07 a plain HTML form posts too: the reader is sent back to the article, to a note on how it went', async () => {
    const sent = await visitor().form(open, { name: '表格', text: '不用腳本也可以留言' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`http://localhost/site/${A}/articles/${open}/#comment-sent`);
    expect((await comments()).find((c) => c.name === '表格')).toMatchObject({ text: '不用腳本也可以留言', status: 'pending' });
    const failed = await visitor().form(closed, { name: '表格', text: 'x' });
    expect(failed.headers.get('location')).toBe(`http://localhost/site/${A}/articles/${closed}/#comment-failed`);
    // the site's script posts the same form asking for JSON
    const json = await visitor().form(open, { name: '腳本', text: '以 fetch 送出' }, 'application/json');
    expect(json.status).toBe(201);
  });

  it('WEB-07 a signed-in member posting without the CSRF token is refused, so a session cannot be ridden', async () => {
    const res = await agents.teacher.raw('POST', `site/articles/${open}/comments`, {
      body: JSON.stringify({ name: 'x', text: 'y' }),
      headers: { 'content-type': 'application/json' },
      csrf: false,
    });
    expect(res.status).toBe(403);
  });
});

describe('WEB-07 moderation (site admins)', () => {
  it('WEB-07 pending comments are listed, searchable and paged for site admins', async () => {
    const res = await agents.scopedSite.get('site/comments?q=辛苦&pageSize=5');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 5 });
    expect(res.body.items[0]).toMatchObject({ articleId: open, articleTitle: '可留言', name: '黃爸爸', status: 'pending' });
  });

  it('WEB-07 approving shows the comment on the article page (rebuild); hiding and deleting take it off again', async () => {
    const [first] = (await agents.creator.get('site/comments?q=辛苦')).body.items;
    const approved = await agents.scopedSite.post(`site/comments/${first.id}/approve`);
    expect(approved.body).toMatchObject({ status: 'approved' });
    expect(rebuilds).toEqual([A]);
    let article = (await exportSiteData(await env.ctx(A))).articles.find((a) => a.id === open);
    expect(article?.comments).toEqual([{ id: first.id, name: '黃爸爸', text: '辛苦各位老師！', createdAt: first.createdAt }]);
    expect((await agents.super.post(`site/comments/${first.id}/hide`)).body.status).toBe('hidden');
    article = (await exportSiteData(await env.ctx(A))).articles.find((a) => a.id === open);
    expect(article?.comments).toEqual([]);
    expect(rebuilds).toEqual([A, A]);
    // hiding a comment that was never shown changes nothing public
    const pending = (await agents.creator.get('site/comments')).body.items[0];
    await agents.creator.post(`site/comments/${pending.id}/hide`);
    expect(rebuilds).toEqual([A, A]);
    expect((await agents.creator.delete(`site/comments/${first.id}`)).status).toBe(204);
    expect((await comments()).find((c) => c.id === first.id)).toBeUndefined();
    const { db } = await env.deps.schools.get(A);
    const actions = (await db.select().from(auditLog).all()).filter((r) => r.targetType === 'site-comment').map((r) => r.action);
    expect(actions).toEqual(['site-comment.approve', 'site-comment.hide', 'site-comment.hide', 'site-comment.delete']);
  });

  it('WEB-07 writers who are not site admins cannot moderate (403), not even on their own article', async () => {
    const [c] = (await agents.creator.get('site/comments')).body.items;
    for (const agent of [agents.teacher, agents.clerk, agents.scopedOther]) {
      expect((await agent.get('site/comments')).status).toBe(403);
      expect((await agent.post(`site/comments/${c.id}/approve`)).status).toBe(403);
      expect((await agent.delete(`site/comments/${c.id}`)).status).toBe(403);
    }
    expect((await comments()).find((x) => x.id === c.id)?.status).toBe('pending');
  });
});
