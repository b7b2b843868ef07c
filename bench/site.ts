/**
 * The micro-site (微官網, issue 7) at school size, in one run:
 *   build    the demo school (B-888) grown to ARTICLES published articles (5 types, pictures,
 *            approved comments, 12 pinned), written in-process; its site data exported
 *            (exportSiteData: the part the server runs in its own process) and built by
 *            buildSchoolSite in a child process, exactly as the server does, BUILDS times. The
 *            pages are the .html files the build wrote; the budget is 3 s + 5 ms per page.
 *   rebuild  the real Bun server (api/src/bun.ts, SITES on) on that data, allowed both cores as
 *            in a deployment. After its start-up build: PUBLISHES articles published through
 *            POST …/site/articles as the demo admin, each timed from the request to the build's
 *            child process appearing (read from /proc every 2 ms); GET …/auth/me, one request at
 *            a time, while each rebuild runs (export and child), beside the same loop with no build.
 *   weight   GET /site/B-888/ and the stylesheets and scripts it links: bytes before images.
 *   stop     SIGTERM to the server while a rebuild runs: is the build's process gone with it?
 *    bun bench/site.ts          (--no-write: print only)     or    bun bench/run.ts site
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { members, siteArticleFiles, siteArticles, siteArticleTypes, siteComments, siteShowcases } from '../db/schema';
import { DEMO_SCHOOL, seedDemo } from '../db/seed/demo';
import { systemContext } from '../api/src/lib/context';
import { newId } from '../api/src/lib/ids';
import { sanitizeHtml, textOf } from '../api/src/lib/sanitize-html';
import { createLocalDeps } from '../api/src/local';
import { toSchool } from '../api/src/operator/registry';
import { exportSiteData } from '../api/src/site/export-site-data';
import { buildSchoolSite } from '../site/build';
import type { SiteData } from '../site/src/data';
import { signInBackOffice } from './lib/app';
import { waitForQuiet } from './lib/load';
import { makeTempDir, pinning, removeTempDir, runChild, startServer } from './lib/processes';
import { recordSection } from './lib/record';

const ARTICLES = 1_000;
const BUILDS = 3;
const PUBLISHES = 3;
const QUIET_MS = 3_000;
const API = `/api/s/${DEMO_SCHOOL}`;
export const TARGETS = { buildBaseMs: 3_000, buildPerPageMs: 5, startMs: 1_000, homeBytes: 100 * 1024, blockedMs: 100, p99Ms: 20 };

interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
}
export interface SiteResult {
  articles: number;
  exportMs: number[];
  buildMs: number[];
  pages: number;
  files: number;
  siteBytes: number;
  startupBuildLog: string | null;
  publishes: { postMs: number; startMs: number; buildMs: number; visible: boolean }[];
  quiet: Latency;
  /** While the server exported the data and started the child (in its own process). */
  exporting: Latency;
  /** While the build's child process ran. */
  building: Latency;
  home: { html: number; assets: { url: string; bytes: number }[]; gzip: number; images: number };
  stop: { buildPid: number; exitMs: number; buildGone: boolean; leftovers: string[] };
}

const DAY = 86_400_000;
const PHRASES = ['本校師生積極參與，氣氛熱烈。', '活動由學生會統籌，家長義工協助。', '同學們分組合作，展現創意與團隊精神。', '校長致辭時勉勵同學珍惜學習機會。', '詳情請留意學校通告及班主任通知。'];
const TYPES = ['活動花絮', '家長園地', '升學資訊'];

/** One article's HTML: four paragraphs (~1 KB of text), a link, a picture in every third. */
function articleHtml(i: number, images: string[]): string {
  const para = (k: number) => `<p>${Array.from({ length: 6 }, (_, j) => PHRASES[(i + k + j) % PHRASES.length]).join('')}</p>`;
  const img = i % 3 === 0 && images.length ? `<p><img src="/api/s/${DEMO_SCHOOL}/site/media/${images[i % images.length]}" alt="活動照片 ${i}"></p>` : '';
  return `${para(0)}${para(1)}${img}${para(2)}<p>查看<a href="https://www.dsedj.gov.mo/">教育及青年發展局</a>的相關資料。</p>${para(3)}`;
}

/** Grows the demo school to ARTICLES published articles; times the export of its site data. */
async function setup(dataDir: string): Promise<{ data: SiteData; exportMs: number[] }> {
  const deps = await createLocalDeps({ ...process.env, DATA_DIR: dataDir });
  try {
    await seedDemo(deps);
    const row = await deps.registry.row(DEMO_SCHOOL);
    if (!row) throw new Error('no demo school');
    const { db } = await deps.schools.get(DEMO_SCHOOL);
    const now = deps.clock.now().getTime();
    const authors = (await db.select({ id: members.id }).from(members).where(inArray(members.account, ['admin', 'teacher', 'zhang'])).all()).map((m) => m.id);
    const images = (await db.select({ id: siteShowcases.imageFileId }).from(siteShowcases).all()).flatMap((s) => (s.id ? [s.id] : []));
    const published = (await db.select({ id: siteArticles.id }).from(siteArticles).where(eq(siteArticles.status, 'published')).all()).length;
    await db.transaction(async (tx) => {
      const types = (await tx.select({ id: siteArticleTypes.id }).from(siteArticleTypes).all()).map((t) => t.id);
      for (const [k, name] of TYPES.entries()) {
        const id = newId(now);
        await tx.insert(siteArticleTypes).values({ id, name, enabled: true, createdAt: new Date(now - (80 - k) * DAY) });
        types.push(id);
      }
      for (let i = 0; i < ARTICLES - published; i += 100) {
        const batch = Array.from({ length: Math.min(100, ARTICLES - published - i) }, (_, k) => i + k).map((n) => {
          const html = sanitizeHtml(articleHtml(n, images));
          const at = new Date(now - DAY - n * 3 * 3_600_000);
          return {
            id: newId(at.getTime()),
            typeId: types[n % types.length],
            title: `${TYPES[n % TYPES.length]}：第 ${n + 1} 期校園報道`,
            anonymous: n % 9 === 0,
            allowComments: n % 4 !== 0,
            content: html,
            summary: textOf(html.replaceAll('</p>', '</p> '), 120),
            status: 'published' as const,
            authorId: authors[n % authors.length],
            publishedAt: at,
            pinnedAt: n < 8 ? new Date(now - n * DAY) : null,
            createdAt: at,
            updatedAt: at,
          };
        });
        await tx.insert(siteArticles).values(batch);
        const pictured = batch.filter((_, k) => (i + k) % 3 === 0 && images.length);
        if (pictured.length) await tx.insert(siteArticleFiles).values(pictured.map((a) => ({ articleId: a.id, fileId: images[(i + batch.indexOf(a)) % images.length] })));
        const commented = batch.filter((_, k) => (i + k) % 10 === 0);
        const comment = (a: (typeof batch)[number], j: number) => ({ id: newId(now), articleId: a.id, name: `家長${j}`, text: '謝謝老師們的安排！', status: 'approved' as const, createdAt: new Date(now), moderatedAt: new Date(now) });
        if (commented.length) await tx.insert(siteComments).values(commented.flatMap((a) => [comment(a, 1), comment(a, 2)]));
      }
    });
    const ctx = systemContext(deps, toSchool(row), db);
    const exportMs: number[] = [];
    let data: SiteData | null = null;
    for (let r = 0; r < BUILDS; r++) {
      const t0 = performance.now();
      data = await exportSiteData(ctx);
      exportMs.push(performance.now() - t0);
    }
    if (!data || data.articles.length !== ARTICLES) throw new Error(`expected ${ARTICLES} published articles, got ${data?.articles.length}`);
    return { data, exportMs };
  } finally {
    await deps.schools.closeAll();
    deps.control.client.close();
  }
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

/** The child processes of `pid` (every thread's /proc children list). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** Polls the server's children every 2 ms; `next()` resolves at the next child's start and end. */
function watchChildren(pid: number) {
  let current: number[] = [];
  const waiters: (() => void)[] = [];
  const timer = setInterval(() => {
    const now = childrenOf(pid);
    if (now.join() !== current.join()) {
      current = now;
      for (const w of waiters.splice(0)) w();
    }
  }, 2);
  const until = async (ok: () => boolean, what: string, ms = 60_000) => {
    const limit = performance.now() + ms;
    while (!ok()) {
      if (performance.now() > limit) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => waiters.push(r));
    }
    return performance.now();
  };
  return { running: () => current.length > 0, pids: () => current, until, stop: () => clearInterval(timer) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
function summary(times: number[]): Latency {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s.at(-1) ?? Number.NaN };
}

interface Sample {
  at: number;
  ms: number;
}

/** GET `url` one request at a time until `done()`; when each was sent and its latency, ms. */
async function getLoop(url: string, headers: Record<string, string>, done: () => boolean, into: Sample[]): Promise<void> {
  while (!done()) {
    const at = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
    into.push({ at, ms: performance.now() - at });
  }
}

export async function benchSite(): Promise<SiteResult> {
  const dataDir = makeTempDir('site');
  try {
    const { data, exportMs } = await setup(dataDir);
    // 1. the build, as the server runs it: a child process, swapped in whole
    const buildMs: number[] = [];
    const out = join(dataDir, 'bench-build', DEMO_SCHOOL);
    for (let r = 0; r < BUILDS; r++) {
      await waitForQuiet();
      const t0 = performance.now();
      await buildSchoolSite({ data, outDir: out, base: `/site/${DEMO_SCHOOL}/`, logLevel: 'error' });
      buildMs.push(performance.now() - t0);
    }
    const built = filesUnder(out);
    const pages = built.filter((f) => f.endsWith('.html')).length;
    const siteBytes = built.reduce((n, f) => n + statSync(f).size, 0);

    // 2. the server with SITES on; its start-up build makes the site it serves
    const server = await startServer('api/src/bun.ts', { DATA_DIR: dataDir, DEMO: '1', JOBS: '0' });
    const watch = watchChildren(server.pid);
    try {
      // both cores, as in a deployment (the harness pins servers to one); the build inherits it
      if (pinning !== 'none') await runChild(['taskset', '-a', '-p', '-c', '0,1', String(server.pid)]);
      const index = join(dataDir, 'sites', DEMO_SCHOOL, 'index.html');
      await watch.until(() => existsSync(index) && !watch.running(), 'the start-up build', 120_000);
      const logged = () => server.output().split('\n').find((l) => l.includes('built the micro-site of'));
      for (let i = 0; i < 100 && !logged(); i++) await Bun.sleep(20);
      const startupBuildLog = logged() ?? null;
      const cookie = await signInBackOffice(server);
      const { csrfToken } = (await (await fetch(`${server.url}${API}/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
      const typeId = data.articleTypes[0].id;
      const publish = (title: string) =>
        fetch(`${server.url}${API}/site/articles`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify({ typeId, title, content: `<p>${title}：${PHRASES.join('')}</p>`, status: 'published' }),
        });
      const me = `${server.url}${API}/auth/me`;
      const quietTimes: Sample[] = [];
      const exporting: number[] = [];
      const building: number[] = [];
      const publishes: SiteResult['publishes'] = [];
      for (let r = 0; r < PUBLISHES; r++) {
        await waitForQuiet();
        const until = performance.now() + QUIET_MS;
        await getLoop(me, { cookie }, () => performance.now() > until, quietTimes);
        const t0 = performance.now();
        const res = await publish(`基準測試發佈 ${r + 1}`);
        const postMs = performance.now() - t0;
        if (res.status !== 201) throw new Error(`publish: ${res.status} ${await res.text()}`);
        const { id } = (await res.json()) as { id: string };
        // the API answered; requests go on while the rebuild runs (its export in-process, then the child)
        let over = false;
        const during: Sample[] = [];
        const loop = getLoop(me, { cookie }, () => over, during);
        const started = await watch.until(() => watch.running(), 'the rebuild to start', 10_000);
        const ended = await watch.until(() => !watch.running(), 'the rebuild to end', 120_000);
        over = true;
        await loop;
        for (const s of during) (s.at < started ? exporting : building).push(s.ms);
        const page = await fetch(`${server.url}/site/${DEMO_SCHOOL}/articles/${id}/`);
        publishes.push({ postMs, startMs: started - t0, buildMs: ended - started, visible: page.ok && (await page.text()).includes(`基準測試發佈 ${r + 1}`) });
      }

      // 3. the home page and what it links, before images
      const html = await (await fetch(`${server.url}/site/${DEMO_SCHOOL}/`)).text();
      const linked = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"|<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      const assets = await Promise.all(linked.map(async (url) => ({ url, bytes: (await (await fetch(new URL(url, `${server.url}/site/${DEMO_SCHOOL}/`))).arrayBuffer()).byteLength })));
      const htmlBytes = new TextEncoder().encode(html).byteLength;
      const home = { html: htmlBytes, assets, gzip: Bun.gzipSync(html).byteLength, images: (html.match(/<img\b/g) ?? []).length };

      // 4. stopping the server during a rebuild
      const res = await publish('停機前的最後一篇');
      if (res.status !== 201) throw new Error(`publish: ${res.status}`);
      await watch.until(() => watch.running(), 'the last rebuild to start', 10_000);
      const buildPid = watch.pids()[0];
      const t1 = performance.now();
      await server.stop();
      const exitMs = performance.now() - t1;
      const buildGone = !existsSync(`/proc/${buildPid}`) || readFileSync(`/proc/${buildPid}/stat`, 'utf8').split(' ')[2] === 'Z';
      const leftovers = readdirSync(join(dataDir, 'sites')).filter((f) => f !== DEMO_SCHOOL);
      return {
        articles: data.articles.length,
        exportMs,
        buildMs,
        pages,
        files: built.length,
        siteBytes,
        startupBuildLog,
        publishes,
        quiet: summary(quietTimes.map((s) => s.ms)),
        exporting: summary(exporting),
        building: summary(building),
        home,
        stop: { buildPid, exitMs, buildGone, leftovers },
      };
    } finally {
      watch.stop();
      await server.stop();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

// -- the report -----------------------------------------------------------------------------

const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
const met = (ok: boolean) => (ok ? 'met' : '**missed**');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The figures as the markdown of this benchmark's section of docs/BENCHMARKS.md. */
export function siteMarkdown(r: SiteResult, date: string): string {
  const budget = TARGETS.buildBaseMs + TARGETS.buildPerPageMs * r.pages;
  const build = median(r.exportMs) + median(r.buildMs);
  const worstStart = Math.max(...r.publishes.map((p) => p.startMs));
  const homeBytes = r.home.html + r.home.assets.reduce((n, a) => n + a.bytes, 0);
  const lat = (l: Latency) => `p50 ${l.p50.toFixed(2)} ms, p99 ${l.p99.toFixed(2)} ms, max ${l.max.toFixed(1)} ms (${l.n.toLocaleString('en-US')} requests)`;
  return [
    `Run of ${date} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Bun ${Bun.version}; the demo school B-888 grown to ${r.articles.toLocaleString('en-US')} published articles; \`bun bench/run.ts site\`.`,
    '',
    '| measurement | figure | target | |',
    '|---|---:|---:|---|',
    `| build of ${r.articles.toLocaleString('en-US')} articles: ${r.pages.toLocaleString('en-US')} pages (${r.files.toLocaleString('en-US')} files, ${(r.siteBytes / 2 ** 20).toFixed(1)} MB), export + child build, median of ${BUILDS} | ${ms(build)} (export ${ms(median(r.exportMs))} + build ${ms(median(r.buildMs))}) | ≤ 3 s + 5 ms × ${r.pages.toLocaleString('en-US')} = ${ms(budget)} | ${met(build <= budget)} |`,
    `| rebuild start after a publish (request sent → build process running), worst of ${r.publishes.length} | ${ms(worstStart)} | ≤ 1 s | ${met(worstStart <= TARGETS.startMs)} |`,
    `| GET …/auth/me, one at a time, no build | ${lat(r.quiet)} | | |`,
    `| the same GET while the server exported the data and started the build (in its own process) | ${lat(r.exporting)} | max ≤ ${TARGETS.blockedMs} ms | ${met(r.exporting.max <= TARGETS.blockedMs)} |`,
    `| the same GET while the build's child process ran | ${lat(r.building)} | p99 ≤ ${TARGETS.p99Ms} ms | ${met(r.building.p99 <= TARGETS.p99Ms)} |`,
    `| home page before images: index.html${r.home.assets.length ? ` + ${r.home.assets.length} CSS/JS` : ' (CSS inline, no JS)'} | ${(homeBytes / 1024).toFixed(1)} KB (gzip ${(r.home.gzip / 1024).toFixed(1)} KB; ${r.home.images} images not counted) | ≤ 100 KB | ${met(homeBytes <= TARGETS.homeBytes)} |`,
    `| server stopped (SIGTERM) during a rebuild | exited in ${ms(r.stop.exitMs)}; build process ${r.stop.buildGone ? 'gone' : '**still running**'}; ${r.stop.leftovers.length ? `left ${r.stop.leftovers.join(', ')}` : 'nothing left beside the site'} | build gone | ${met(r.stop.buildGone && r.stop.leftovers.length === 0)} |`,
    '',
    `Each build: ${r.buildMs.map(ms).join(', ')} (export ${r.exportMs.map(ms).join(', ')}). The server's start-up build: ${r.startupBuildLog?.trim() ?? 'not logged'}.`,
    `Each publish: ${r.publishes.map((p) => `POST answered in ${ms(p.postMs)}, build running at ${ms(p.startMs)}, for ${ms(p.buildMs)}, article ${p.visible ? 'on the site' : '**not on the site**'}`).join('; ')}.`,
  ].join('\n');
}

export async function runAndRecord(write: boolean): Promise<void> {
  const r = await benchSite();
  const md = siteMarkdown(r, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  console.log(md);
  if (!write) return;
  recordSection('site', 'Micro-site (issue 7)', md);
}

if (import.meta.main) await runAndRecord(!process.argv.includes('--no-write'));
