import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEdgeDeps } from '../../src/edge';
import { createWorker } from '../../src/worker';

const origin = 'https://campus.test';
const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${origin}${path}`, init));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Worker fetch (default export)', () => {
  it('Should answer GET /api/health with ok', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, time: expect.any(String) });
  });

  it('Should answer an unknown /api path with 404 in the error shape', async () => {
    const res = await get('/api/nope', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toEqual(expect.any(String));
    expect(body.error.message.length).toBeGreaterThan(0);
  });

  it('Should serve the OpenAPI 3.1 document', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; info: { title: string }; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toContain('Smart Campus');
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/s/{school}/'))).toBe(true);
  });

  it('Should fail closed, without a stack trace, when the control database is unreachable', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // wrangler.toml's CONTROL_DB_URL is replaced by an unreachable one in the test config,
    // and every outbound request fails: this is the real edge wiring with Turso down.
    for (const path of ['/api/s/B-999/info', '/api/s/B-888/auth/me']) {
      const res = await get(path);
      expect(res.status).toBe(500);
      const text = await res.text();
      const body = JSON.parse(text) as { error: { code: string; message: string } };
      expect(body.error).toMatchObject({ code: 'internal', message: expect.any(String) });
      expect(text).not.toMatch(/\bat \S+ \(|Error:|invalid|offline|stack/);
    }
    // The cause is logged for the operator, not sent to the caller.
    expect(logged).toHaveBeenCalled();
  });

  it('Should serve the built admin app under /admin/, index.html for app routes', async ({ skip }) => {
    // The assets are admin/dist: `npm run build:admin` (wrangler deploy runs it first).
    if ((await env.ASSETS.fetch(new Request(`${origin}/`))).status === 404) return skip('admin/dist is not built');
    const page = await get('/admin/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    const script = html.match(/src="(\/admin\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();

    const js = await get(script ?? '');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const route = await get('/admin/B-888/m', { headers: { 'sec-fetch-mode': 'navigate' } });
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(html);

    const gone = await get('/admin/assets/index-gone.js');
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBeNull();
  });

  it('Should redirect / and /admin to the admin app', async () => {
    for (const path of ['/', '/admin']) {
      const res = await get(path, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`${origin}/admin/`);
    }
  });
});

describe('Worker fetch (injected dependencies)', () => {
  it('Should build the dependencies once per isolate and pass env and ctx to the app', async () => {
    const makeDeps = vi.fn(createEdgeDeps);
    const worker = createWorker({ makeDeps });
    for (let i = 0; i < 3; i++) {
      const ctx = createExecutionContext();
      const res = await worker.fetch(new Request(`${origin}/api/health`), env, ctx);
      await waitOnExecutionContext(ctx);
      expect(res.status).toBe(200);
    }
    expect(makeDeps).toHaveBeenCalledTimes(1);
  });

  it('Should answer in the error shape when the bindings are incomplete, and retry on the next request', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const worker = createWorker();
    const ctx = createExecutionContext();
    const { CONTROL_DB_URL: _, ...incomplete } = env;
    const res = await worker.fetch(new Request(`${origin}/api/health`, { headers: { 'accept-language': 'en' } }), incomplete as typeof env, ctx);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(text).not.toContain('CONTROL_DB_URL');
    expect(logged).toHaveBeenCalledTimes(1);
    // once the binding is there (a new deployment), the same isolate recovers
    expect((await worker.fetch(new Request(`${origin}/api/health`), env, ctx)).status).toBe(200);
  });

  it('Should take the /admin prefix off before asking the static assets', async () => {
    const asked: string[] = [];
    const assets = {
      fetch: async (request: Request) => {
        asked.push(new URL(request.url).pathname);
        return new Response('asset', { headers: { 'content-type': 'text/javascript' } });
      },
    };
    const worker = createWorker({ makeDeps: createEdgeDeps });
    const ctx = createExecutionContext();
    const js = await worker.fetch(new Request(`${origin}/admin/assets/index-abc.js`), { ...env, ASSETS: assets }, ctx);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await worker.fetch(new Request(`${origin}/admin/B-888/m`), { ...env, ASSETS: assets }, ctx);
    expect(page.headers.get('cache-control')).toBeNull();
    expect(asked).toEqual(['/assets/index-abc.js', '/B-888/m']);
  });
});
