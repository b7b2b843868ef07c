/**
 * The embedded default: one Bun process serves the API, the admin app (back-office and
 * mobile), each school's built micro-site, and runs the scheduled jobs.
 *
 *   PORT (8787)  DATA_DIR (./data)  DEMO=1 seeds the demo school  PUBLIC_URL  WECOM_API
 *   SMS_URL + SMS_TOKEN (an HTTP SMS provider; else codes go to DATA_DIR/sms.log)
 *   JOBS=0 no scheduler, SITES=0 no micro-site builds at start
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { DEMO_SCHOOL, DEMO_SIGN_INS, seedDemo } from '../../db/seed/demo';
import { startScheduler } from '../../jobs/scheduler';
import { createApp } from './app';
import { createLocalDeps } from './local';
import { LocalSiteBuilder } from './site/local-site-builder';

const env = process.env;
const port = Number(env.PORT ?? 8787);
const dataDir = resolve(env.DATA_DIR ?? './data');
const adminDist = resolve(import.meta.dir, '../../admin/dist');
const sitesDir = join(dataDir, 'sites');

const deps = await createLocalDeps(env);
if (env.DEMO === '1' && (await seedDemo(deps))) console.log(`seeded the demo school ${DEMO_SCHOOL}`);

// starting migrates every school database that is behind
for (const school of await deps.registry.all()) {
  if (school.status !== 'dissolved') await deps.schools.get(school.code);
}

const sites = new LocalSiteBuilder(deps, sitesDir);
deps.config.onSiteChanged = (code) => sites.request(code);
if (env.SITES !== '0') void sites.buildMissing();

const app = createApp(deps);
const scheduler = env.JOBS === '0' ? null : startScheduler(deps);

/** A file under `root`, or null: never a path outside it. */
function fileUnder(root: string, path: string): string | null {
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}

const server = Bun.serve({
  port,
  idleTimeout: 60,
  async fetch(req) {
    const url = new URL(req.url);
    const path = decodeURIComponent(url.pathname);
    if (path.startsWith('/api/')) return app.fetch(req);
    if (path === '/' || path === '/admin') return Response.redirect(`${url.origin}/admin/`, 302);
    if (path.startsWith('/admin/')) {
      const immutable = path.startsWith('/admin/assets/');
      // a missing hashed asset (an old chunk after a rebuild) is a 404, never the HTML page
      const file = fileUnder(adminDist, path.slice('/admin/'.length)) ?? (immutable ? null : fileUnder(adminDist, 'index.html'));
      if (!file && immutable) return new Response('Not found', { status: 404 });
      if (!file) return new Response('The admin app is not built: run npm run build:admin', { status: 503 });
      return new Response(Bun.file(file), { headers: { 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' } });
    }
    const site = path.match(/^\/site\/([A-Za-z0-9-]+)(\/.*)?$/);
    if (site) {
      // a suspended or dissolved school's site is gone with it
      if (!(await deps.registry.active(site[1].toUpperCase()))) return new Response('Not found', { status: 404 });
      const root = join(sitesDir, site[1].toUpperCase());
      const rest = site[2] ?? '/';
      if (!site[2]) return Response.redirect(`${url.origin}${path}/`, 301);
      const file = fileUnder(root, rest.endsWith('/') ? `${rest}index.html` : rest) ?? fileUnder(root, `${rest}/index.html`);
      // revalidated each time: a publish must show at once, not after a cache expires
      if (file) return new Response(Bun.file(file), { headers: { 'cache-control': 'no-cache' } });
      return new Response(Bun.file(join(root, '404.html')).size ? Bun.file(join(root, '404.html')) : 'Not found', { status: 404 });
    }
    return new Response('Not found', { status: 404 });
  },
});

console.log(`ready on http://localhost:${server.port}`);
console.log(`  back-office  http://localhost:${server.port}/admin/${DEMO_SCHOOL}`);
console.log(`  mobile       http://localhost:${server.port}/admin/${DEMO_SCHOOL}/m`);
console.log(`  micro-site   http://localhost:${server.port}/site/${DEMO_SCHOOL}/`);
console.log(`  API docs     http://localhost:${server.port}/api/docs`);
if (env.DEMO === '1') {
  console.log('demo sign-ins:');
  for (const s of DEMO_SIGN_INS) console.log(`  ${s.who}: ${s.login}${s.password ? ` / ${s.password}` : ''}`);
  console.log(`  SMS codes are printed here and appended to ${join(dataDir, 'sms.log')}`);
}

const stop = async () => {
  scheduler?.stop();
  server.stop();
  // a running micro-site build is killed and waited for: it reads the databases and writes DATA_DIR/sites
  await sites.stop();
  await deps.schools.closeAll();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
