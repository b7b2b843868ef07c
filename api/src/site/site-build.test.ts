import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchoolSite } from '../../../site/build';
import type { SiteData } from '../../../site/src/data';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { exportSiteData } from './export-site-data';
import { newArticle, newType, png, type Role, seedSiteSchool, signInAll, upload } from './test-school';

/**
 * WEB-01..07 end to end: a school's content made through the API, exported, built by Astro
 * (buildSchoolSite, in this process) and checked in the HTML.
 */
const A = 'A-001';
const BASE = `/site/${A}/`;
let env: TestEnv;
let agents: Record<Role, Agent>;
let work: string;
let data: SiteData;
const ids = { showcases: [] as string[], pinned: [] as string[] } as {
  showcases: string[];
  pinned: string[];
  draft: string;
  hidden: string;
  anonymous: string;
  signed: string;
  hostile: string;
  closed: string;
  hiddenType: string;
};

const page = (path: string) => readFile(join(work, A, path), 'utf8');
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
function section(html: string, testId: string, tag: string): string {
  const start = html.indexOf(`data-testid="${testId}"`);
  expect(start, testId).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

beforeAll(async () => {
  env = await createTestEnv();
  await seedSiteSchool(env, A);
  agents = await signInAll(env, A);
  const admin = agents.scopedSite;
  const tick = () => env.clock.advance(60_000);

  // WEB-01: three listed showcases with images, then saved in another order; one more unlisted
  for (const name of ['開放日', '陸運會', '閱讀月']) {
    const image = await upload(admin, png());
    ids.showcases.push((await admin.post('site/showcases', { name, imageFileId: image, link: 'https://www.dsedj.gov.mo/', listed: true })).body.id);
  }
  await admin.post('site/showcases', { name: '已下架的櫥窗' });
  const all4 = (await admin.get('site/showcases')).body.items.map((s: { id: string }) => s.id);
  const order = [ids.showcases[2], ids.showcases[0], ids.showcases[1]];
  await admin.post('site/showcases/reorder', { showcaseIds: [...order, ...all4.filter((id: string) => !order.includes(id))] });
  ids.showcases = order;

  // WEB-02: one enabled type, one disabled (its article stays off the site)
  const news = await newType(admin, '校園新聞');
  ids.hiddenType = await newType(admin, '停用類型');
  ids.hidden = await newArticle(agents.teacher, { typeId: ids.hiddenType, title: '停用類型的文章' });
  await admin.patch(`site/types/${ids.hiddenType}`, { enabled: false });

  // WEB-03: a signed and an anonymous article, hostile content, one closed to comments, a draft
  tick();
  ids.signed = await newArticle(agents.teacher, { typeId: news, title: '署名文章', content: '<p>李老師寫的</p>' });
  ids.anonymous = await newArticle(agents.teacher2, { typeId: news, title: '匿名文章', anonymous: true, content: '<p>不具名</p>' });
  ids.hostile = await newArticle(agents.clerk, {
    typeId: news,
    title: '<script>alert(1)</script>惡意標題',
    content: '<p onclick="alert(1)">正文</p><script>alert(2)</script><a href="javascript:alert(3)">連結</a><iframe src="https://evil.example"></iframe>',
  });
  ids.closed = await newArticle(agents.teacher, { typeId: news, title: '不設留言', allowComments: false });
  ids.draft = await newArticle(agents.teacher, { typeId: news, title: '尚未發佈的草稿', status: 'draft' });

  // WEB-04: twelve pinned articles, pinned one after another
  for (let i = 1; i <= 12; i++) {
    tick();
    ids.pinned.push(await newArticle(agents.creator, { typeId: news, title: `置頂文章 ${String(i).padStart(2, '0')}` }));
  }
  for (const id of ids.pinned) {
    tick();
    await admin.post(`site/articles/${id}/pin`);
  }

  // WEB-07: one approved comment, one pending, one with markup
  const visitor = env.agent(A);
  const approve = async (name: string, text: string) => {
    tick();
    const c = await visitor.post(`site/articles/${ids.signed}/comments`, { name, text });
    await admin.post(`site/comments/${c.body.id}/approve`);
  };
  await approve('黃爸爸', '多謝老師分享');
  await approve('<b>陳媽媽</b>', '<script>alert(5)</script>好文章');
  await visitor.post(`site/articles/${ids.signed}/comments`, { name: '未審核', text: '不應出現' });

  data = await exportSiteData(await env.ctx(A));
  work = await mkdtemp(join(tmpdir(), 'site-build-'));
  await buildSchoolSite({ data, outDir: join(work, A), base: BASE, isolate: false });
}, 120_000);

afterAll(async () => {
  await env.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the built micro-site', () => {
  it('WEB-01 the home page shows the three listed showcases, in the saved order, with their images', async () => {
    const strip = section(await page('index.html'), 'showcases', 'ul');
    expect(all(strip, /data-showcase-id="([^"]+)"/g)).toEqual(ids.showcases);
    const srcs = all(strip, /<img src="([^"]+)"/g);
    expect(srcs).toHaveLength(3);
    for (const src of srcs) expect(src).toMatch(new RegExp(`^/api/s/${A}/site/media/[0-9a-z]+$`));
    expect(strip).not.toContain('已下架的櫥窗');
  });

  it('WEB-04 of twelve pinned articles only the ten most recently pinned are hot', async () => {
    const hot = all(section(await page('index.html'), 'hot-articles', 'ol'), new RegExp(`href="${BASE}articles/([^/]+)/"`, 'g'));
    expect(hot).toEqual([...ids.pinned].reverse().slice(0, 10));
    expect(data.articles.filter((a) => a.pinned)).toHaveLength(12);
  });

  it('WEB-03 a draft and the articles of a disabled type are nowhere on the site', async () => {
    const files = await readdir(join(work, A, 'articles'));
    expect(files).not.toContain(ids.draft);
    expect(files).not.toContain(ids.hidden);
    const sitemap = await page('sitemap.xml');
    const rss = await page('rss.xml');
    const home = await page('index.html');
    const list = await page('articles/index.html');
    for (const text of [sitemap, rss, home, list]) {
      expect(text).not.toContain(ids.draft);
      expect(text).not.toContain('尚未發佈的草稿');
      expect(text).not.toContain('停用類型');
    }
    expect(await readdir(join(work, A, 'types'))).not.toContain(ids.hiddenType);
    expect(home).toContain('>校園新聞</a>');
  });

  it('WEB-03 an anonymous article shows no author; a signed one does', async () => {
    const anonymous = await page(`articles/${ids.anonymous}/index.html`);
    expect(anonymous).toContain('<h1 class="page-title">匿名文章</h1>');
    expect(anonymous).not.toContain('data-testid="author"');
    expect(anonymous).not.toContain('張老師');
    expect(await page(`articles/${ids.signed}/index.html`)).toContain('data-testid="author">作者：李老師</span>');
  });

  it('WEB-03 hostile content comes out inert on the page', async () => {
    const html = await page(`articles/${ids.hostile}/index.html`);
    const prose = html.slice(html.indexOf('class="prose"'), html.indexOf('</div>', html.indexOf('class="prose"')));
    expect(prose).toContain('<p>正文</p>');
    expect(prose).not.toMatch(/<script|<iframe|\son\w+=|javascript:/i);
    // the title is text: escaped, never markup
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;惡意標題');
    // (Astro leaves `<` as is inside quoted attribute values, such as og:title, where it is inert)
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)</script>');
  });

  it('WEB-05 each article page carries its share link', async () => {
    const html = await page(`articles/${ids.signed}/index.html`);
    const share = `http://localhost/site/${A}/articles/${ids.signed}/`;
    expect(html).toContain(`<a href="${share}">${share}</a>`);
    expect(html).toContain(`<link rel="canonical" href="${share}">`);
  });

  it('WEB-07 approved comments show as text; pending ones do not; the form posts to the API', async () => {
    const html = await page(`articles/${ids.signed}/index.html`);
    const list = section(html, 'comments', 'ol');
    expect(all(list, /<span class="comment-name">([^<]+)<\/span>/g)).toEqual(['黃爸爸', '陳媽媽']);
    expect(list).toContain('<p class="comment-text">好文章</p>');
    expect(html).not.toContain('不應出現');
    expect(html).toContain(`action="http://localhost/api/s/${A}/site/articles/${ids.signed}/comments"`);
    // no form where comments are closed
    expect(await page(`articles/${ids.closed}/index.html`)).not.toContain('<form');
  });
});
