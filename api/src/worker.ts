/**
 * The edge entry: one Worker serves the API (`/api/*`), the admin app (Workers static assets
 * under `/admin/`) and runs the scheduled jobs on each cron trigger. See docs/DEPLOY.md.
 */
import type { ExecutionContext } from 'hono';
import { runScheduled as runAllJobs } from '../../jobs/index';
import { createApp } from './app';
import type { Deps } from './deps';
import { formatMessage, pickLocale } from './lib/i18n';
import { createEdgeDeps, type Env } from './edge';

export type { Env } from './edge';

/** The part of a Workers `ScheduledController` used here (kept local: see edge.ts `Env`). */
export interface ScheduledControllerLike {
  readonly scheduledTime: number;
  readonly cron: string;
}

export interface WorkerOptions {
  /** Builds the dependencies from the bindings; tests point it elsewhere. */
  makeDeps?: (env: Env) => Deps;
  /** The scheduled entry (jobs/index.ts); tests replace it to observe the dispatch. */
  runScheduled?: (deps: Deps, at: Date) => Promise<unknown>;
}

export interface Worker {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response>;
  scheduled(controller: ScheduledControllerLike, env: Env, ctx: ExecutionContext): Promise<void>;
}

// Hashed file names (vite): safe to cache for a year.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Builds the Worker's handlers; `export default createWorker()` is the deployed one. */
export function createWorker(options: WorkerOptions = {}): Worker {
  const makeDeps = options.makeDeps ?? createEdgeDeps;
  const runScheduled = options.runScheduled ?? runAllJobs;

  // Built on first use and kept for the isolate's life, keyed by nothing: an isolate runs
  // one deployment, whose bindings do not change under it, so every request sees the same
  // env. Keeping them keeps the open school clients, the registry cache, the WeCom token
  // cache and the built routes across requests instead of rebuilding them each time.
  let built: { deps: Deps; app: ReturnType<typeof createApp> } | null = null;
  const get = (env: Env) => {
    if (!built) {
      const deps = makeDeps(env);
      built = { deps, app: createApp(deps) };
    }
    return built;
  };

  return {
    async fetch(request, env, ctx) {
      const url = new URL(request.url);
      const path = url.pathname;
      if (path === '/api' || path.startsWith('/api/')) {
        let app: ReturnType<typeof createApp>;
        try {
          app = get(env).app;
        } catch (error) {
          // A missing var or secret: logged for the operator; the caller gets the usual shape.
          console.error('the Worker is misconfigured:', error);
          const locale = pickLocale(request.headers.get('accept-language'));
          return Response.json({ error: { code: 'internal', message: formatMessage('internal', locale) } }, { status: 500 });
        }
        return app.fetch(request, env, ctx);
      }
      if (path === '/' || path === '/admin') return Response.redirect(`${url.origin}/admin/`, 302);
      if (path.startsWith('/admin/')) return adminAsset(request, url, env);
      const site = /^\/site\/([A-Za-z0-9-]{1,20})(\/.*)?$/.exec(path);
      if (site && (request.method === 'GET' || request.method === 'HEAD')) return siteFile(get(env).deps, url, site[1].toUpperCase(), site[2]);
      return env.ASSETS.fetch(request);
    },
    async scheduled(controller, env, ctx) {
      ctx.waitUntil(runScheduled(get(env).deps, new Date(controller.scheduledTime)));
    },
  };
}

/**
 * The admin app is built for `/admin/` (vite `base`), as the Bun server serves it, while the
 * assets directory is admin/dist itself: the prefix is taken off before asking the assets.
 * Unknown paths get index.html (`not_found_handling = "single-page-application"`).
 */
async function adminAsset(request: Request, url: URL, env: Env): Promise<Response> {
  const inner = new URL(url);
  inner.pathname = url.pathname.slice('/admin'.length);
  const response = await env.ASSETS.fetch(new Request(inner, request));
  if (!response.ok || !inner.pathname.startsWith('/assets/')) return response;
  // A missing build file (an old chunk after a deploy) would get the SPA's index.html: a
  // 404 instead, so it is neither run as a script nor cached for a year.
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    await response.body?.cancel();
    return new Response('Not found', { status: 404 });
  }
  const cached = new Response(response.body, response);
  cached.headers.set('cache-control', IMMUTABLE);
  return cached;
}

/**
 * A school's built micro-site, uploaded to R2 under `sites/<code>/` (docs/DEPLOY.md), for an
 * active school only. Keys are lower case, as the file store's key rules require.
 */
async function siteFile(deps: Deps, url: URL, code: string, rest: string | undefined): Promise<Response> {
  if (!(await deps.registry.active(code))) return new Response('Not found', { status: 404 });
  if (!rest) return Response.redirect(`${url.origin}/site/${code}/`, 301);
  const base = `sites/${code.toLowerCase()}`;
  const clean = decodeURIComponent(rest).replace(/^\/+/, '');
  if (clean.split('/').some((part) => part === '..' || part.startsWith('.'))) return new Response('Not found', { status: 404 });
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : /\.[a-z0-9]+$/i.test(clean) ? [clean] : [clean, `${clean}/index.html`];
  for (const key of candidates) {
    const file = await deps.platform.files.get(`${base}/${key}`.toLowerCase()).catch(() => null);
    if (file) return new Response(file.body, { headers: { 'content-type': file.contentType, 'cache-control': 'public, max-age=60' } });
  }
  const missing = await deps.platform.files.get(`${base}/404.html`).catch(() => null);
  return new Response(missing?.body ?? 'Not found', { status: 404, headers: { 'content-type': missing?.contentType ?? 'text/plain' } });
}

export default createWorker();
