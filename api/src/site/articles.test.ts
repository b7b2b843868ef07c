import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, siteArticleFiles, siteArticles, siteArticleTypes } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { exportSiteData } from './export-site-data';
import { newArticle, newType, type Role, type SiteSchool, seedSiteSchool, signInAll } from './test-school';

const A = 'A-001';
let env: TestEnv;
let school: SiteSchool;
let agents: Record<Role, Agent>;
let rebuilds: string[] = [];
let news: string;
let off: string;

beforeAll(async () => {
  env = await createTestEnv();
  school = await seedSiteSchool(env, A);
  agents = await signInAll(env, A);
  env.deps.config.onSiteChanged = (code) => rebuilds.push(code);
  news = await newType(agents.creator, '校園新聞');
  env.clock.advance(60_000);
  off = await newType(agents.creator, 'NEWS', false);
});
beforeEach(() => {
  rebuilds = [];
});
afterAll(() => env.close());

async function snapshot() {
  const { db } = await env.deps.schools.get(A);
  return {
    types: await db.select().from(siteArticleTypes).orderBy(siteArticleTypes.id).all(),
    articles: await db.select().from(siteArticles).orderBy(siteArticles.id).all(),
    files: await db.select().from(siteArticleFiles).orderBy(siteArticleFiles.articleId, siteArticleFiles.fileId).all(),
    audit: await db.$count(auditLog),
  };
}
const exported = async () => exportSiteData(await env.ctx(A));
const row = async (id: string) => (await snapshot()).articles.find((a) => a.id === id);

describe('WEB-02 article types', () => {
  it('WEB-02 admins see every type with its state; writers only the enabled ones they may choose', async () => {
    const all = await agents.scopedSite.get('site/types');
    expect(all.body.items.map((t: { name: string; enabled: boolean }) => [t.name, t.enabled])).toEqual([
      ['NEWS', false],
      ['校園新聞', true],
    ]);
    expect((await agents.teacher.get('site/types')).body.items.map((t: { name: string }) => t.name)).toEqual(['校園新聞']);
  });

  it('WEB-02 only an enabled type can be chosen: a disabled one is a 400 naming typeId, nothing changed', async () => {
    const before = await snapshot();
    const res = await agents.teacher.post('site/articles', { typeId: off, title: '新文章', content: '<p>x</p>', status: 'published' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'site_type_disabled', field: 'typeId' });
    const unknown = await agents.teacher.post('site/articles', { typeId: 'nothing', title: '新文章', content: '<p>x</p>', status: 'draft' });
    expect(unknown.body.error).toMatchObject({ code: 'unknown_ref', field: 'typeId' });
    expect(await snapshot()).toEqual(before);
    expect(rebuilds).toEqual([]);
  });

  it('WEB-02 禁用 takes a type off the site with its articles, 啓用 brings them back; names are unique', async () => {
    const type = await newType(agents.creator, '科学');
    const article = await newArticle(agents.teacher, { typeId: type, title: '科學週' });
    expect((await exported()).articleTypes.map((t) => t.id)).toContain(type);
    rebuilds = [];
    expect((await agents.scopedSite.patch(`site/types/${type}`, { enabled: false })).body.enabled).toBe(false);
    expect(rebuilds).toEqual([A]);
    let data = await exported();
    expect(data.articleTypes.map((t) => t.id)).not.toContain(type);
    expect(data.articles.map((a) => a.id)).not.toContain(article);
    // the article keeps its type when edited, even though it could not be chosen now
    expect((await agents.teacher.patch(`site/articles/${article}`, { typeId: type, title: '科學週（更新）' })).status).toBe(200);
    await agents.scopedSite.patch(`site/types/${type}`, { enabled: true });
    data = await exported();
    expect(data.articles.find((a) => a.id === article)?.title).toBe('科學週（更新）');
    const taken = await agents.creator.post('site/types', { name: '科学' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'site_type_taken', field: 'name' });
  });
});

describe('WEB-03 articles: writing, publishing, editing, deleting', () => {
  let draft: string;

  it('WEB-03 保存草稿 keeps a draft off the site and asks for no rebuild', async () => {
    const res = await agents.teacher.post('site/articles', { typeId: news, title: '草稿', content: '<p>未完成</p>', status: 'draft', anonymous: false, allowComments: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', public: false, publishedAt: null, author: { id: school.ids.teacher, name: '李老師' } });
    draft = res.body.id;
    expect(rebuilds).toEqual([]);
    expect((await exported()).articles.map((a) => a.id)).not.toContain(draft);
  });

  it('WEB-03 發佈 puts it on the site (after the transaction, once) with its time of first publication', async () => {
    env.clock.advance(60_000);
    const res = await agents.teacher.patch(`site/articles/${draft}`, { status: 'published' });
    expect(res.body).toMatchObject({ status: 'published', public: true, publishedAt: env.clock.now().toISOString() });
    expect(rebuilds).toEqual([A]);
    const article = (await exported()).articles.find((a) => a.id === draft);
    expect(article).toMatchObject({ title: '草稿', author: '李老師', html: '<p>未完成</p>', summary: '未完成', allowComments: true });
    // back to a draft withdraws it; publishing again keeps the first publication time
    const first = res.body.publishedAt;
    env.clock.advance(60_000);
    await agents.teacher.patch(`site/articles/${draft}`, { status: 'draft' });
    expect((await exported()).articles.map((a) => a.id)).not.toContain(draft);
    expect((await agents.teacher.patch(`site/articles/${draft}`, { status: 'published' })).body.publishedAt).toBe(first);
    expect(rebuilds).toEqual([A, A, A]);
  });

  it('WEB-03 editing a published article rebuilds the site; a teacher edits only their own (404 otherwise)', async () => {
    expect((await agents.teacher.patch(`site/articles/${draft}`, { title: '開放日' })).status).toBe(200);
    expect(rebuilds).toEqual([A]);
    const before = await snapshot();
    for (const agent of [agents.teacher2, agents.clerk, agents.scopedOther]) {
      expect((await agent.get(`site/articles/${draft}`)).status).toBe(404);
      expect((await agent.patch(`site/articles/${draft}`, { title: '改了' })).status).toBe(404);
      expect((await agent.delete(`site/articles/${draft}`)).status).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
    expect((await agents.teacher2.get('site/articles')).body.items).toEqual([]);
  });

  it('WEB-03 site admins manage every article: list, edit, delete', async () => {
    const list = await agents.scopedSite.get('site/articles');
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(draft);
    expect((await agents.scopedSite.patch(`site/articles/${draft}`, { allowComments: false })).body.allowComments).toBe(false);
    const mine = await newArticle(agents.teacher2, { typeId: news, title: '張老師的文章' });
    rebuilds = [];
    expect((await agents.super.delete(`site/articles/${mine}`)).status).toBe(204);
    expect(rebuilds).toEqual([A]);
    expect(await row(mine)).toBeUndefined();
    expect((await exported()).articles.map((a) => a.id)).not.toContain(mine);
  });

  it('WEB-03 匿名: the public site shows no author; the back-office still knows who wrote it', async () => {
    const id = await newArticle(agents.clerk, { typeId: news, title: '匿名文章', anonymous: true });
    expect((await exported()).articles.find((a) => a.id === id)?.author).toBeNull();
    expect((await agents.creator.get(`site/articles/${id}`)).body).toMatchObject({ anonymous: true, author: { id: school.ids.clerk, name: '梁文員' } });
  });

  it('X-02 publishing, withdrawing, editing and deleting are in the audit log', async () => {
    const { db } = await env.deps.schools.get(A);
    const actions = (await db.select().from(auditLog).all()).filter((r) => r.targetType === 'site-article').map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['site-article.create', 'site-article.publish', 'site-article.unpublish', 'site-article.update', 'site-article.delete']));
  });

  it('X-03 bad article input is a 400 naming the field and changes nothing', async () => {
    const before = await snapshot();
    for (const [body, field] of [
      [{ typeId: news, title: '', content: '<p>x</p>', status: 'draft' }, 'title'],
      [{ typeId: news, title: 't', content: '<p>x</p>', status: 'scheduled' }, 'status'],
      [{ typeId: news, title: 't', content: '<script>x</script>', status: 'draft' }, 'content'],
      [{ typeId: news, title: 't', content: '<p>x</p>', status: 'draft', authorId: school.ids.super }, 'authorId'],
      [{ typeId: news, title: 't', content: '<p>x</p>', status: 'draft', pinnedAt: '2026-01-01T00:00:00Z' }, 'pinnedAt'],
    ] as const) {
      const res = await agents.teacher.post('site/articles', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('the rebuild runs after the commit and never holds up the API', () => {
  it('a rebuild hook that throws neither fails the request nor undoes the change; it is logged', async () => {
    env.deps.config.onSiteChanged = () => {
      throw new Error('builder down');
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await agents.teacher.post('site/articles', { typeId: news, title: '照常發佈', content: '<p>x</p>', status: 'published' });
      expect(res.status).toBe(201);
      expect((await row(res.body.id))?.status).toBe('published');
      expect(logged).toHaveBeenCalledWith(`could not ask for a rebuild of the micro-site of ${A}`, expect.any(Error));
    } finally {
      logged.mockRestore();
      env.deps.config.onSiteChanged = (code) => rebuilds.push(code);
    }
  });

  it('the hook sees the committed change (it is called after the transaction)', async () => {
    let seen: string[] = [];
    const ctx = await env.ctx(A);
    env.deps.config.onSiteChanged = () => {
      // read through a second path while the request is still running: no open transaction
      // may hold the queue, and the new title must already be there
      seen = ['pending'];
      void exportSiteData(ctx).then((d) => (seen = d.articles.map((a) => a.title)));
    };
    try {
      await newArticle(agents.teacher, { typeId: news, title: '提交後才重建' });
      await new Promise((r) => setTimeout(r, 50));
      expect(seen).toContain('提交後才重建');
    } finally {
      env.deps.config.onSiteChanged = (code) => rebuilds.push(code);
    }
  });
});
