import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchoolSite } from './build.ts';
import demo from './demo-data.json' with { type: 'json' };
import { SiteDataError, type SiteData } from './src/data.ts';

const BASE = '/site/B-888/';
let work: string;
let out: string;

const page = (path: string) => readFile(join(out, path), 'utf8');
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
/** The markup of the element carrying `data-testid="<id>"`, up to its closing tag. */
function testId(html: string, id: string, tag: string): string {
  const start = html.indexOf(`data-testid="${id}"`);
  expect(start, `data-testid="${id}"`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

function demoData(change: (data: SiteData) => void = () => {}): SiteData {
  const data = structuredClone(demo) as SiteData;
  change(data);
  return data;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'site-test-'));
  out = join(work, 'B-888');
  await buildSchoolSite({ data: demoData(), outDir: out, base: BASE });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('buildSchoolSite', () => {
  it('Should build the home page in Traditional Chinese with its meta tags', async () => {
    const html = await page('index.html');
    expect(html).toContain('<html lang="zh-Hant-MO">');
    expect(html).toContain('<title>澳門示範學校 | 微官網</title>');
    expect(html).toMatch(/<meta name="description" content="[^"]+">/);
    expect(html).toContain('<meta property="og:url" content="https://campus.example.mo/site/B-888/">');
    expect(html).toContain('<main id="main"');
    expect(html).not.toContain('<script');
  });

  it('Should list the showcases in their saved order', async () => {
    const strip = testId(await page('index.html'), 'showcases', 'ul');
    expect(all(strip, /data-showcase-id="([^"]+)"/g)).toEqual(['sc-open-day', 'sc-sports', 'sc-reading']);
    expect(all(strip, /<img ([^>]*)>/g).every((img) => img.includes('alt=""'))).toBe(true);
  });

  it('Should show the pinned articles, newest first, as hot articles', async () => {
    const hot = testId(await page('index.html'), 'hot-articles', 'ol');
    expect(all(hot, /href="\/site\/B-888\/articles\/([^/]+)\/"/g)).toEqual([
      'math-contest-2025',
      'mid-autumn-2025',
      'sports-day-2025',
      'opening-2025',
    ]);
  });

  it('Should page the article list by 10', async () => {
    const first = await page('articles/index.html');
    const second = await page('articles/2/index.html');
    expect(all(first, /data-article-id="([^"]+)"/g)).toHaveLength(10);
    expect(all(second, /data-article-id="([^"]+)"/g)).toHaveLength(2);
    expect(second).toContain('href="/site/B-888/articles/" rel="prev"');
  });

  it('Should list the articles of each type', async () => {
    const news = await page('types/news/index.html');
    expect(all(news, /data-article-id="([^"]+)"/g)).toHaveLength(demo.articles.filter((a) => a.typeId === 'news').length);
    expect(news).toContain('<h1 class="page-title">校園新聞</h1>');
  });

  it('Should hide the author of an anonymous article', async () => {
    const anonymous = await page('articles/green-week/index.html');
    expect(anonymous).not.toContain('data-testid="author"');
    expect(anonymous).not.toContain('作者');
    const signed = await page('articles/math-contest-2025/index.html');
    expect(signed).toContain('data-testid="author">作者：數學科</span>');
    expect(signed).toContain('<meta property="og:type" content="article">');
    expect(signed).toContain('<img src="data:image/svg+xml,');
  });

  it('Should write an RSS feed and a sitemap with absolute URLs', async () => {
    const rss = await readFile(join(out, 'rss.xml'), 'utf8');
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(all(rss, /<item>/g)).toHaveLength(demo.articles.length);
    expect(rss).toContain('<link>https://campus.example.mo/site/B-888/articles/open-day-2025/</link>');
    const sitemap = await readFile(join(out, 'sitemap.xml'), 'utf8');
    const locs = all(sitemap, /<loc>([^<]+)<\/loc>/g);
    for (const a of demo.articles) expect(locs).toContain(`https://campus.example.mo/site/B-888/articles/${a.id}/`);
    expect(locs).toContain('https://campus.example.mo/site/B-888/articles/2/');
  });

  it('Should rebuild in place with new data and show only the first 10 pinned articles', async () => {
    // Two builds in this process: the second's data must not be shadowed by the first's modules.
    const renamed = demoData((d) => (d.school.name['zh-Hant'] = '澳門舊示範學校'));
    await buildSchoolSite({ data: renamed, outDir: out, base: BASE, isolate: false });
    const data = demoData((d) => {
      d.school.name['zh-Hant'] = '澳門新示範學校';
      for (const a of d.articles) a.pinned = true;
    });
    await buildSchoolSite({ data, outDir: out, base: BASE, isolate: false });
    const html = await page('index.html');
    expect(html).toContain('<h1 class="brand">澳門新示範學校</h1>');
    const hot = all(testId(html, 'hot-articles', 'ol'), /<li>/g);
    expect(hot).toHaveLength(10);
    expect(html).not.toContain('typhoon-arrangements/">'); // the oldest, 12th pinned article
    expect(await readdir(work)).toEqual(['B-888']); // no staging or old folders left behind
  });

  it('Should order the hot articles by pin time and show approved comments as text with a form', async () => {
    const data = demoData((d) => {
      const [a, b] = d.articles;
      // pinned the other way round from their publication order
      Object.assign(a, { pinned: true, pinnedAt: '2025-01-01T00:00:00Z' });
      Object.assign(b, { pinned: true, pinnedAt: '2025-02-01T00:00:00Z' });
      for (const other of d.articles.slice(2)) other.pinned = false;
      Object.assign(a, {
        commentUrl: 'https://campus.example.mo/api/s/B-888/site/articles/x/comments',
        comments: [
          { id: 'c1', name: '黃爸爸', text: '<script>alert(1)</script>多謝', createdAt: '2025-03-01T00:00:00Z' },
          { id: 'c2', name: '陳媽媽', text: '第一行\n第二行', createdAt: '2025-03-02T00:00:00Z' },
        ],
      });
    });
    const other = join(work, 'comments');
    await buildSchoolSite({ data, outDir: other, base: BASE, isolate: false });
    const home = await readFile(join(other, 'index.html'), 'utf8');
    expect(all(testId(home, 'hot-articles', 'ol'), /href="\/site\/B-888\/articles\/([^/]+)\/"/g)).toEqual([data.articles[1].id, data.articles[0].id]);
    const article = await readFile(join(other, 'articles', data.articles[0].id, 'index.html'), 'utf8');
    const comments = testId(article, 'comments', 'ol');
    expect(all(comments, /data-comment-id="([^"]+)"/g)).toEqual(['c1', 'c2']);
    expect(comments).toContain('&lt;script&gt;alert(1)&lt;/script&gt;多謝');
    expect(article).toContain('<form class="comment-form" method="post" action="https://campus.example.mo/api/s/B-888/site/articles/x/comments"');
    // the other articles have no comment URL: no form, no comments section
    expect(await readFile(join(other, 'articles', data.articles[1].id, 'index.html'), 'utf8')).not.toContain('id="comments"');
    await rm(other, { recursive: true, force: true });
  });

  it('Should refuse bad data with the paths of the problems and keep the previous site', async () => {
    const bad = demoData((d) => {
      d.articles[0].publishedAt = 'yesterday';
      d.articles[1].typeId = 'gone';
      d.showcases[0].link = 'javascript:alert(1)';
    });
    const error = await buildSchoolSite({ data: bad, outDir: out, base: BASE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiteDataError);
    expect((error as SiteDataError).message).toContain('articles.0.publishedAt: must be an ISO 8601 timestamp');
    expect((error as SiteDataError).message).toContain('showcases.0.link: must be an absolute http(s) URL');
    expect(await page('index.html')).toContain('澳門新示範學校');
  });
});
