/**
 * The edge entry: one Worker serves the API (`/api/*`), the admin app (Workers static assets
 * under `/admin/`), each school's micro-site (`/site/<CODE>/`, from R2) and runs the scheduled
 * jobs on each cron trigger. See docs/DEPLOY.md.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ExecutionContext } from 'hono';
import { runScheduled as runAllJobs } from '../../jobs/index';
import { createApp } from './app';
import type { Deps } from './deps';
import { formatMessage, pickLocale } from './lib/i18n';
import { createEdgeDeps, type EdgeExtras, type Env } from './edge';
import { serveEdgeSite } from './site/edge-site';

export type { Env } from './edge';

/** The part of a Workers `ScheduledController` used here (kept local: see edge.ts `Env`). */
export interface ScheduledControllerLike {
  readonly scheduledTime: number;
  readonly cron: string;
}

export interface WorkerOptions {
  /** Builds the dependencies from the bindings and the Worker's extras; tests point it elsewhere. */
  makeDeps?: (env: Env, extras: EdgeExtras) => Deps;
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

  // The event being handled (a request or a cron run), so work started deep inside the app
  // (onSiteChanged, after a transaction committed) is handed to that event's waitUntil: the
  // deps are built once per isolate and cannot hold one event's context.
  const handling = new AsyncLocalStorage<ExecutionContext>();
  const waitUntil = (work: Promise<unknown>) => {
    const ctx = handling.getStore();
    if (ctx) ctx.waitUntil(work);
    else console.warn('background work started outside a request or cron event may be cut off');
  };

  // Built on first use and kept for the isolate's life, keyed by nothing: an isolate runs
  // one deployment, whose bindings do not change under it, so every request sees the same
  // env. Keeping them keeps the open school clients, the registry cache, the WeCom token
  // cache and the built routes across requests instead of rebuilding them each time.
  let built: { deps: Deps; app: ReturnType<typeof createApp> } | null = null;
  const get = (env: Env) => {
    if (!built) {
      const deps = makeDeps(env, { waitUntil });
      built = { deps, app: createApp(deps) };
    }
    return built;
  };

  return {
    fetch: (request, env, ctx) => handling.run(ctx, () => handle(request, env, ctx)),
    async scheduled(controller, env, ctx) {
      handling.run(ctx, () => ctx.waitUntil(runScheduled(get(env).deps, new Date(controller.scheduledTime))));
    },
  };

  async function handle(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
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
    if (site && (request.method === 'GET' || request.method === 'HEAD')) {
      const { registry } = get(env).deps;
      return serveEdgeSite(request, env.FILES, site[1].toUpperCase(), site[2], (code) => registry.active(code));
    }
    return env.ASSETS.fetch(request);
  }
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

export default createWorker();
