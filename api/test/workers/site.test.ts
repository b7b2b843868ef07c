import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deps } from '../../src/deps';
import { createEdgeDeps, type Env } from '../../src/edge';
import type { School } from '../../src/lib/context';
import { hookBody } from '../../src/site/edge-build-hook';
import { createWorker } from '../../src/worker';

const origin = 'https://campus.test';
// The registry is in the control database, which workerd cannot reach: it answers from this
// list here. C-777 is suspended: its files are still in the bucket.
const ACTIVE = new Set(['B-888', 'B-999', 'D-111']);
const HTML = 'text/html; charset=utf-8';
const FILES: [string, string, string | null][] = [
  ['sites/b-888/index.html', '<h1>B-888 home</h1>', HTML],
  ['sites/b-888/articles/a1/index.html', '<h1>B-888 article a1</h1>', HTML],
  ['sites/b-888/404.html', '<h1>B-888 page not found</h1>', HTML],
  ['sites/b-888/rss.xml', '<rss/>', 'application/rss+xml'],
  // uploaded without a content type: answered by its extension, never as a download
  ['sites/b-888/sitemap.xml', '<urlset/>', null],
  ['sites/b-999/index.html', '<h1>B-999 home</h1>', HTML],
  ['sites/b-999/secret/index.html', '<h1>B-999 only</h1>', HTML],
  ['sites/b-999/404.html', '<h1>B-999 page not found</h1>', HTML],
  ['sites/c-777/index.html', '<h1>C-777 home</h1>', HTML],
];

/** A Worker as deployed, but with the registry answering from ACTIVE; `deps()` once built. */
function siteWorker() {
  let built: Deps | null = null;
  const worker = createWorker({
    makeDeps: (bindings, extras) => {
      const deps = createEdgeDeps(bindings, extras);
      vi.spyOn(deps.registry, 'active').mockImplementation(async (code) => (ACTIVE.has(code) ? ({ code } as School) : null));
      built = deps;
      return deps;
    },
  });
  const deps = () => {
    if (!built) throw new Error('no request has built the deps yet');
    return built;
  };
  return { worker, deps };
}

async function get(path: string, init?: RequestInit): Promise<Response> {
  const { worker } = siteWorker();
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`${origin}${path}`, { redirect: 'manual', ...init }), env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

beforeAll(async () => {
  for (const [key, body, contentType] of FILES) await env.FILES.put(key, body, contentType ? { httpMetadata: { contentType } } : {});
});
afterAll(async () => {
  await env.FILES.delete(FILES.map(([key]) => key));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('The micro-sites served from R2 (/site/<CODE>/)', () => {
  it("WEB-05 the site's external link serves its home page with its type, ETag and a one-minute public cache", async () => {
    const res = await get('/site/B-888/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<h1>B-888 home</h1>');
    expect(res.headers.get('content-type')).toBe(HTML);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("WEB-05 an article's share link serves its page, with or without the trailing slash", async () => {
    for (const path of ['/site/B-888/articles/a1/', '/site/B-888/articles/a1', '/site/b-888/articles/a1/']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe('<h1>B-888 article a1</h1>');
      expect(res.headers.get('content-type')).toBe(HTML);
    }
  });

  it('WEB-05 the feed and sitemap keep their types; a file stored without one is typed by its extension', async () => {
    const rss = await get('/site/B-888/rss.xml');
    expect([rss.status, rss.headers.get('content-type'), await rss.text()]).toEqual([200, 'application/rss+xml', '<rss/>']);
    const sitemap = await get('/site/B-888/sitemap.xml');
    expect([sitemap.status, sitemap.headers.get('content-type'), await sitemap.text()]).toEqual([200, 'application/xml', '<urlset/>']);
  });

  it("WEB-05 a missing page is a 404 with the school's own 404 page, not cached", async () => {
    const res = await get('/site/B-888/articles/gone/');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>B-888 page not found</h1>');
    expect(res.headers.get('content-type')).toBe(HTML);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    // a school with nothing uploaded yet
    const none = await get('/site/D-111/');
    expect([none.status, await none.text()]).toEqual([404, 'Not found']);
  });

  it("X-tenant another school's files are never served under this school's code", async () => {
    const own = await get('/site/B-999/secret/');
    expect([own.status, await own.text()]).toEqual([200, '<h1>B-999 only</h1>']);
    for (const path of ['/site/B-888/secret/', '/site/B-888/..%2Fb-999/secret/', '/site/B-888/..%2fb-999%2fsecret%2f', '/site/B-888/%2E%2E%2Fb-999/index.html']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe('<h1>B-888 page not found</h1>');
    }
  });

  it('X-tenant paths the keys cannot hold (upper case, hidden names, bad escapes) are 404s', async () => {
    for (const path of ['/site/B-888/INDEX.HTML', '/site/B-888/Articles/a1/', '/site/B-888/.env', '/site/B-888/%E0%A4%A']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it("WEB-05 a suspended or unknown school's site is gone, though its files are still in the bucket", async () => {
    for (const path of ['/site/C-777/', '/site/C-777/index.html', '/site/Z-000/']) {
      const res = await get(path);
      expect([res.status, await res.text()], path).toEqual([404, 'Not found']);
    }
  });

  it('WEB-05 /site/<CODE> redirects to /site/<CODE>/', async () => {
    const res = await get('/site/B-888');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${origin}/site/B-888/`);
  });

  it('Should answer HEAD with the headers only, and 304 to a reader whose copy is current', async () => {
    const head = await get('/site/B-888/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(HTML);
    expect(await head.text()).toBe('');
    const etag = head.headers.get('etag') ?? '';
    const again = await get('/site/B-888/', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    // another page's ETag does not match
    expect((await get('/site/B-888/articles/a1/', { headers: { 'if-none-match': etag } })).status).toBe(200);
  });
});

describe('The edge rebuild trigger (onSiteChanged → the build hook, under waitUntil)', () => {
  const HOOK = 'https://api.github.test/repos/school/site/dispatches';
  const hooked = { ...env, SITE_BUILD_HOOK: HOOK, SITE_BUILD_TOKEN: 'hook-token' } as Env & typeof env;

  /** Outbound fetches (workerd is offline here): recorded, each answered when the test says. */
  function fakeHook() {
    const calls: Request[] = [];
    const answers: ((res: Response) => void)[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      calls.push(new Request(input, init));
      return new Promise<Response>((resolve) => answers.push(resolve));
    });
    return { calls, answer: (res: Response) => answers.shift()?.(res) };
  }

  /** Whether the event's waitUntil promises are all settled, without waiting for them. */
  async function pending(ctx: ExecutionContext): Promise<{ done: () => boolean; waiting: Promise<void> }> {
    let settled = false;
    const waiting = waitOnExecutionContext(ctx).then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { done: () => settled, waiting };
  }

  it('WEB-03 a change during a request asks CI to build that school; the response does not wait, the request keeps the call alive', async () => {
    const hook = fakeHook();
    const { worker, deps } = siteWorker();
    // stands for any route that changes a school's site (publish, pin, reorder…): those need a
    // school database, which workerd cannot reach; the Node suite proves they call onSiteChanged
    const assets = {
      fetch: async () => {
        deps().config.onSiteChanged?.('B-888');
        return new Response('answered');
      },
    };
    const ctx = createExecutionContext();
    await worker.fetch(new Request(`${origin}/api/health`), hooked, ctx);
    const res = await worker.fetch(new Request(`${origin}/admin/x`), { ...hooked, ASSETS: assets }, ctx);
    expect(await res.text()).toBe('answered');
    expect(hook.calls).toHaveLength(1);
    const events = await pending(ctx);
    expect(events.done()).toBe(false);
    hook.answer(new Response(null, { status: 204 }));
    await events.waiting;

    const [call] = hook.calls;
    expect(call.method).toBe('POST');
    expect(call.url).toBe(HOOK);
    expect(call.headers.get('authorization')).toBe('Bearer hook-token');
    expect(call.headers.get('accept')).toBe('application/vnd.github+json');
    expect(call.headers.get('user-agent')).toBeTruthy();
    expect(await call.json()).toEqual(hookBody('B-888'));
    expect(hookBody('B-888')).toEqual({ event_type: 'site-changed', client_payload: { school: 'B-888' } });
  });

  it('WEB-03 a change made during a cron run is kept alive by that run', async () => {
    const hook = fakeHook();
    const worker = createWorker({ makeDeps: createEdgeDeps, runScheduled: async (deps) => deps.config.onSiteChanged?.('B-999') });
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.UTC(2026, 8, 1), cron: '* * * * *' }), hooked, ctx);
    const events = await pending(ctx);
    expect(hook.calls).toHaveLength(1);
    expect(events.done()).toBe(false);
    hook.answer(new Response(null, { status: 204 }));
    await events.waiting;
    expect(await hook.calls[0].json()).toEqual(hookBody('B-999'));
  });

  it('Should log a refused build request and never fail the request that made the change', async () => {
    const hook = fakeHook();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ctx = createExecutionContext();
    const deps = createEdgeDeps(hooked, { waitUntil: (work) => ctx.waitUntil(work) });
    expect(() => deps.config.onSiteChanged?.('B-888')).not.toThrow();
    hook.answer(new Response('bad credentials', { status: 401 }));
    await waitOnExecutionContext(ctx);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('B-888'), expect.objectContaining({ message: expect.stringContaining('401') }));
  });

  it('Should only warn, once, when no build hook is configured', async () => {
    const hook = fakeHook();
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const deps = createEdgeDeps(env);
    deps.config.onSiteChanged?.('B-888');
    deps.config.onSiteChanged?.('B-999');
    expect(hook.calls).toEqual([]);
    expect(warned).toHaveBeenCalledTimes(1);
    expect(warned.mock.calls[0][0]).toContain('SITE_BUILD_HOOK');
  });
});
