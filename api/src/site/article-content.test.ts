import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, siteArticleFiles, siteArticles, siteArticleTypes } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { exportSiteData } from './export-site-data';
import { newArticle, newType, png, type Role, seedSiteSchool, signInAll, upload } from './test-school';

const A = 'A-001';
let env: TestEnv;
let agents: Record<Role, Agent>;
let rebuilds: string[] = [];
let news: string;

beforeAll(async () => {
  env = await createTestEnv();
  await seedSiteSchool(env, A);
  agents = await signInAll(env, A);
  env.deps.config.onSiteChanged = (code) => rebuilds.push(code);
  news = await newType(agents.creator, '校園新聞');
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

describe('WEB-03 rich content: sanitised, images only from the school', () => {
  const hostile = (image: string) => [
    '<p>正文<script>alert("x")</script></p>',
    `<img src="/api/s/${A}/files/${image}" onerror="alert(1)" onload="alert(2)">`,
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<p onclick="steal()" style="background:url(javascript:alert(1))">按我</p>',
    '<a href="javascript:alert(1)">連結一</a><a href="JaVaScRiPt:alert(2)">連結二</a><a href=" &#106;avascript:alert(3)">連結三</a>',
    '<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x">',
    '<svg onload="alert(1)"><script>alert(2)</script></svg><math><mtext><style><img src=x onerror=alert(1)></style></mtext></math>',
    '<form action="https://evil.example"><input name="p"><button formaction="javascript:alert(1)">送出</button></form>',
    '<a href="https://school.mo/x" target="_self" onmouseover="x()">安全連結</a>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><link rel="stylesheet" href="x">',
  ].join('');

  it('WEB-03 hostile content is stored and exported inert: no script, event handler or javascript: link', async () => {
    const image = await upload(agents.teacher, png());
    const id = await newArticle(agents.teacher, { typeId: news, title: '<b>標題</b><script>x</script>', content: hostile(image) });
    const stored = (await row(id))?.content ?? '';
    const exportedHtml = (await exported()).articles.find((a) => a.id === id)?.html ?? '';
    for (const html of [stored, exportedHtml, (await agents.teacher.get(`site/articles/${id}`)).body.content]) {
      expect(html).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<form|<input|<button|<style|<meta|<base|<link/i);
      expect(html).not.toMatch(/\son\w+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/style=/i);
      expect(html).toContain('<p>正文</p>');
      // a safe link stays, opened in a new tab with no opener, whatever target it asked for
      expect(html).toMatch(/<a href="https:\/\/school\.mo\/x" (?=[^>]*target="_blank")(?=[^>]*rel="noopener noreferrer nofollow")[^>]*>安全連結<\/a>/);
    }
    // the uploaded image stays, without its handlers; the data: one is dropped, not kept empty
    expect(stored.match(/<img[^>]*>/g)).toEqual([`<img src="/api/s/${A}/site/media/${image}" />`]);
    // the title is plain text: kept as typed, escaped by the site when shown
    expect((await row(id))?.title).toBe('<b>標題</b><script>x</script>');
  });

  it("WEB-03 the writer's uploaded images are kept, as the site's media path", async () => {
    const img = await upload(agents.teacher, png());
    const img2 = await upload(agents.teacher, png('#990000'));
    const content = `<p>相片</p><img src="/api/s/${A}/files/${img}" alt="陸運會"><img src="http://localhost/api/s/${A.toLowerCase()}/files/${img2}" alt="">`;
    const res = await agents.teacher.post('site/articles', { typeId: news, title: '有圖', content, status: 'published' });
    expect(res.status).toBe(201);
    expect(res.body.content).toBe(`<p>相片</p><img src="/api/s/${A}/site/media/${img}" alt="陸運會" /><img src="/api/s/${A}/site/media/${img2}" alt="" />`);
    const { db } = await env.deps.schools.get(A);
    expect((await db.select().from(siteArticleFiles).all()).filter((f) => f.articleId === res.body.id).map((f) => f.fileId).sort()).toEqual([img, img2].sort());
    expect((await exported()).articles.find((a) => a.id === res.body.id)?.imageUrl).toBe(`/api/s/${A}/site/media/${img}`);
    // an admin editing the teacher's article keeps the teacher's images
    const kept = await agents.scopedSite.patch(`site/articles/${res.body.id}`, { content: `${res.body.content}<p>補充</p>` });
    expect(kept.status).toBe(200);
  });

  it("X-03 images from elsewhere, someone else's uploads and non-images are refused, nothing changed", async () => {
    const others = await upload(agents.teacher2, png());
    const pdf = await upload(agents.teacher, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n', 'a.pdf', 'application/pdf');
    const before = await snapshot();
    for (const [src, code] of [
      ['https://evil.example/x.png', 'site_image_source'],
      [`/api/s/B-002/files/${others}`, 'site_image_source'],
      [`/api/s/${A}/files/${others}`, 'unknown_ref'],
      [`/api/s/${A}/files/${pdf}`, 'site_not_image'],
      [`/api/s/${A}/files/nothing`, 'unknown_ref'],
    ]) {
      const res = await agents.teacher.post('site/articles', { typeId: news, title: '圖', content: `<p>x</p><img src="${src}">`, status: 'published' });
      expect(res.status, src).toBe(400);
      expect(res.body.error).toMatchObject({ code, field: 'content' });
    }
    expect(await snapshot()).toEqual(before);
    expect(rebuilds).toEqual([]);
  });
});

describe('WEB-04 置頂 and the hot articles', () => {
  it('WEB-04 of 12 pinned articles the 10 most recently pinned are hot; pinned ones list first', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 12; i++) {
      ids.push(await newArticle(agents.creator, { typeId: news, title: `熱門候選 ${i}` }));
    }
    rebuilds = [];
    for (const id of ids) {
      env.clock.advance(1000);
      const res = await agents.scopedSite.post(`site/articles/${id}/pin`);
      expect(res.status).toBe(200);
      expect(res.body.pinnedAt).toBe(env.clock.now().toISOString());
    }
    expect(rebuilds).toHaveLength(12);
    const list = await agents.creator.get('site/articles?pinned=true&pageSize=100');
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([...ids].reverse());
    expect(list.body.items.map((a: { hot: boolean }) => a.hot)).toEqual([...Array(10).fill(true), false, false]);
    const data = await exported();
    expect(data.articles.filter((a) => a.pinned)).toHaveLength(12);
    // unpinning a hot article lets the 11th in; pinning an old one again brings it to the top
    await agents.scopedSite.post(`site/articles/${ids[11]}/unpin`);
    env.clock.advance(1000);
    await agents.scopedSite.post(`site/articles/${ids[0]}/pin`);
    const hot = (await agents.creator.get('site/articles?pinned=true&pageSize=100')).body.items.filter((a: { hot: boolean }) => a.hot);
    expect(hot.map((a: { id: string }) => a.id)).toEqual([ids[0], ...ids.slice(2, 11).reverse()]);
  });

  it('WEB-04 only site admins pin (403), and nothing changes', async () => {
    const id = await newArticle(agents.teacher, { typeId: news, title: '想置頂' });
    const before = await snapshot();
    for (const agent of [agents.teacher, agents.clerk, agents.scopedOther]) expect((await agent.post(`site/articles/${id}/pin`)).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});

describe('WEB-05 share links', () => {
  it("WEB-05 every article carries its share link, and the site's external link is one call away", async () => {
    const id = await newArticle(agents.teacher, { typeId: news, title: '分享' });
    expect((await agents.teacher.get(`site/articles/${id}`)).body.shareUrl).toBe(`http://localhost/site/${A}/articles/${id}/`);
    const list = await agents.creator.get('site/articles');
    for (const a of list.body.items) expect(a.shareUrl).toBe(`http://localhost/site/${A}/articles/${a.id}/`);
    expect((await agents.teacher.get('site')).body).toEqual({ url: `http://localhost/site/${A}/` });
    expect((await exported()).baseUrl).toBe(`http://localhost/site/${A}/`);
  });
});
